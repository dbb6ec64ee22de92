#include "task.h"

#include "common/clock.h"

namespace cd {

bool Task::isOverdue() const
{
    return status == TaskStatus::Open && dueDate.isValid() && dueDate < Clock::today();
}

} // namespace cd
