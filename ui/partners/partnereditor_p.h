#pragma once

// What the files of PartnerEditor share: the names of its fields (as Partner::validate() and the
// stores name them in Error::field) and the helpers its tabs are built with. Private to
// ui/partners/partnereditor*.cpp.

#include "partnereditor.h"
#include "shared/formfields.h"

#include "agreements/partneragreementstab.h"
#include "commissions/partnercommissionstab.h"
#include "commissions/plan.h"
#include "contactdialog.h"
#include "contactsmodel.h"
#include "customers/customertablemodel.h"
#include "network/partnernetworktab.h"
#include "partners/partnerstore.h"
#include "shared/breadcrumbbar.h"
#include "shared/countrycombobox.h"
#include "shared/editform.h"
#include "shared/fielderror.h"
#include "shared/recordheader.h"
#include "shared/timelinedelegate.h"
#include "shared/timelinemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <optional>

namespace cd::partnereditor {

using namespace formfields;

// Domain field names, as Partner::validate() and the stores name them in Error::field.
inline const QString kLegalName = QStringLiteral("legalName");
inline const QString kKind = QStringLiteral("kind");
inline const QString kBusinessNature = QStringLiteral("businessNature");
inline const QString kArea = QStringLiteral("area");
inline const QString kRegion = QStringLiteral("region");
inline const QString kLatitude = QStringLiteral("latitude");
inline const QString kLongitude = QStringLiteral("longitude");
inline const QString kWebsite = QStringLiteral("website");
inline const QString kTaxId = QStringLiteral("taxId");
inline const QString kControlAccount = QStringLiteral("controlAccount");
inline const QString kManager = QStringLiteral("accountManager");
inline const QString kLevel = QStringLiteral("level");
inline const QString kWeightEnabled = QStringLiteral("weightOverrideEnabled");
inline const QString kWeight = QStringLiteral("weightOverride");
inline const QString kActivation = QStringLiteral("activation");
inline const QString kStatus = QStringLiteral("status");
inline const QString kStatusReason = QStringLiteral("statusReason");
inline const QString kStatusDate = QStringLiteral("statusDate");
inline const QString kTags = QStringLiteral("tags");
inline const QString kBankHolder = QStringLiteral("bankHolder");
inline const QString kIban = QStringLiteral("iban");
inline const QString kBic = QStringLiteral("bic");
inline const QString kBankName = QStringLiteral("bankName");
inline const QString kCommissionRate = QStringLiteral("commissionRate");
inline const QString kMarginBased = QStringLiteral("marginBased");

inline QFormLayout *newFormLayout(QWidget *parent)
{
    auto *form = new QFormLayout(parent);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    return form;
}

inline QGroupBox *newGroup(const QString &title, QFormLayout **form)
{
    auto *group = new QGroupBox(title);
    *form = newFormLayout(group);
    return group;
}

// Choice lists fill their column like the text fields around them.
template<typename Combo>
inline Combo *expanding(Combo *combo)
{
    combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return combo;
}

// A coordinate as the user typed it, in their locale or with a dot.
inline std::optional<double> parseCoordinate(const QString &text, bool *ok)
{
    *ok = true;
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    double value = QLocale().toDouble(t, ok);
    if (!*ok)
        value = QLocale::c().toDouble(t, ok);
    if (!*ok)
        return std::nullopt;
    return value;
}

inline QString coordinateText(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'f', 6) : QString();
}

} // namespace cd::partnereditor
