#pragma once

// ActionCommand: an undoable step whose work runs through the core, for pages whose changes are
// written at once (network moves, distributor links) rather than saved later as an editor's are.
// The step is done before the command is pushed, so the first redo() does nothing; when undo or
// redo fails (someone else changed the record meanwhile), the error is reported and the command
// leaves the stack, since the state it would restore is gone.

#include "common/result.h"

#include <QUndoCommand>

#include <functional>

namespace cd {

class ActionCommand : public QUndoCommand
{
public:
    using Action = std::function<Status()>;
    using ErrorHandler = std::function<void(const Error &error)>;

    ActionCommand(const QString &text, Action redo, Action undo, ErrorHandler onError)
        : QUndoCommand(text)
        , m_redo(std::move(redo))
        , m_undo(std::move(undo))
        , m_onError(std::move(onError))
    {}

    void redo() override
    {
        if (m_done) {
            m_done = false; // pushed after the work: nothing to do the first time
            return;
        }
        run(m_redo);
    }
    void undo() override { run(m_undo); }

private:
    void run(const Action &action)
    {
        if (Status s = action(); !s) {
            setObsolete(true);
            if (m_onError)
                m_onError(s.error());
        }
    }

    Action m_redo;
    Action m_undo;
    ErrorHandler m_onError;
    bool m_done = true;
};

} // namespace cd
