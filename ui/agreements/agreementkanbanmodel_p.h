#pragma once

// What the agreement board's two files share: agreementkanbanmodel.cpp (the columns, their counts
// and pages) and agreementkanbanmoves.cpp (cards dragged and moved between stages).

#include <QtGlobal>

namespace cd::kanban {

// Stage rows carry this internal id; a card carries its stage's row + 1, so parent() is one lookup.
constexpr quintptr kStageRow = 0;

// Marks the span in which the model announces a change of its own.
class Notifying
{
public:
    explicit Notifying(bool &flag)
        : m_flag(flag)
        , m_old(flag)
    {
        m_flag = true;
    }
    ~Notifying() { m_flag = m_old; }
    Notifying(const Notifying &) = delete;
    Notifying &operator=(const Notifying &) = delete;

private:
    bool &m_flag;
    bool m_old;
};

} // namespace cd::kanban
