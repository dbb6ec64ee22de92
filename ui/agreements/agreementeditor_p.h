#pragma once

// What the files of AgreementEditor share: the names of its fields (as Agreement::validate() and
// the store name them in Error::field) and the helpers its tables are built with. Private to
// ui/agreements/agreementeditor*.cpp.

#include "agreementeditor.h"

#include "agreementmovedialog.h"
#include "agreements/agreementpdfgenerator.h"
#include "agreements/agreementstore.h"
#include "agreements/documentstore.h"
#include "agreements/taskstore.h"
#include "common/clock.h"
#include "partners/lookups.h"
#include "partners/partnerstore.h"
#include "shared/editform.h"
#include "shared/fielderror.h"
#include "shared/formfields.h"
#include "shared/readerror.h"
#include "shared/recordheader.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPdfView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace cd::agreementeditor {

// Domain field names, as Agreement::validate() and the store name them in Error::field.
inline const QString kType = QStringLiteral("type");
inline const QString kOwner = QStringLiteral("owner");
inline const QString kRate = QStringLiteral("commission rate");
inline const QString kTerms = QStringLiteral("terms");
using formfields::kNotes;

inline QTableWidget *newTable(const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    return table;
}

inline QTableWidgetItem *cell(const QString &text, const QVariant &data = {})
{
    auto *item = new QTableWidgetItem(text);
    if (data.isValid())
        item->setData(Qt::UserRole, data);
    return item;
}

inline QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1);
}

inline QString dateTimeText(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

inline QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace cd::agreementeditor
