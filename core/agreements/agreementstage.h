#pragma once

// AgreementStage: the stages of an agreement's life and how each is shown (label, badge, colours),
// defined once so the kanban, the list, the agreement page and the command line agree.

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace cd {

enum class AgreementStage {
    Prepared,
    PendingReturn,
    Signed,
    Expiring,
    Renewal,
    Expired,
    Terminated,
    Cancelled,
};

// How a stage looks wherever it appears. Plain data (hex colours) so core stays free of Qt Gui.
struct AgreementStageInfo
{
    AgreementStage stage = AgreementStage::Prepared;
    QString key; // stable, stored in the database and used on the command line: "pending-return"
    QString label; // translated: "Pending Return"
    QString badge; // translated short form for cards and narrow columns: "Pending"
    QString colour; // badge background, "#rrggbb"
    QString textColour; // badge text on that background, "#rrggbb"
    bool final = false; // Expired, Terminated, Cancelled: nothing follows automatically
};

class AgreementStages
{
public:
    // Every stage in board order (the kanban's columns from left to right).
    static QList<AgreementStage> all();
    static AgreementStageInfo info(AgreementStage stage);
    static QString key(AgreementStage stage);
    static QString label(AgreementStage stage);
    // Accepts the key ("pending-return"), also case-insensitively and with '_' or ' ' for '-'.
    static std::optional<AgreementStage> fromKey(const QString &key);
};

} // namespace cd

Q_DECLARE_METATYPE(cd::AgreementStage)
