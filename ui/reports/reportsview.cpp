#include "reportsview.h"

#include "reports/commissionreports.h"

#include "network/networkscope.h"
#include "partners/partner.h"
#include "reports/leadreports.h"
#include "shared/pagereader.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace cd {

namespace {

// Bars for more categories than this are unreadable; the table keeps every row.
constexpr int kMaxChartCategories = 12;
// Longer category names are cut so the axis keeps room to show them at all.
constexpr int kMaxCategoryLabel = 18;

} // namespace

ReportsView::ReportsView(QWidget *parent)
    : WorkerPage(parent)
    , m_report(new QComboBox)
    , m_from(new QDateEdit)
    , m_to(new QDateEdit)
    , m_distributor(new QComboBox)
    , m_segment(new QComboBox)
    , m_status(new QComboBox)
    , m_run(new QPushButton(tr("&Show")))
    , m_csv(new QPushButton(tr("Export &CSV…")))
    , m_pdf(new QPushButton(tr("Export &PDF…")))
    , m_message(new QLabel)
    , m_model(new QStandardItemModel(this))
    , m_view(new QTableView)
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart))
{
    m_report->setObjectName(QStringLiteral("reportCombo"));
    m_distributor->setObjectName(QStringLiteral("distributorFilter"));
    m_segment->setObjectName(QStringLiteral("segmentFilter"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_report->addItem(tr("Lead flow by distributor"), int(Report::LeadFlow));
    m_report->addItem(tr("Conversion rate by distributor"), int(Report::ConversionByDistributor));
    m_report->addItem(tr("Conversion rate by reseller"), int(Report::ConversionByReseller));
    m_report->addItem(tr("Reseller performance by distributor"), int(Report::ResellerPerformance));
    m_report->addItem(tr("Won value by level"), int(Report::WonValueByLevel));
    m_report->addItem(tr("Won value by area"), int(Report::WonValueByArea));
    m_report->addItem(tr("Commission by distributor"), int(Report::CommissionByDistributor));
    m_report->addItem(tr("Commission by reseller"), int(Report::CommissionByReseller));
    m_report->addItem(tr("Commission by level"), int(Report::CommissionByLevel));
    m_report->addItem(tr("Commission by period"), int(Report::CommissionByPeriod));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    const QDate today = QDate::currentDate();
    m_from->setDate(QDate(today.year() - 1, 1, 1));
    m_to->setDate(today);
    m_segment->addItem(tr("All segments"), QString());
    for (PartnerKind kind : Partner::allKinds())
        m_segment->addItem(Partner::kindLabel(kind), Partner::kindKey(kind));
    m_status->addItem(tr("Any status"), -1);
    for (LeadStatus status : Lead::allStatuses())
        m_status->addItem(Lead::statusLabel(status), int(status));
    m_message->setObjectName(QStringLiteral("reportMessage"));
    m_message->setWordWrap(true);

    m_view->setObjectName(QStringLiteral("reportTable"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setAlternatingRowColors(true);
    m_chartView->setObjectName(QStringLiteral("reportChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(340);
    m_chart->legend()->setAlignment(Qt::AlignBottom);

    auto *filters = new QHBoxLayout;
    auto *form = new QFormLayout;
    form->addRow(tr("&Report:"), m_report);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_from);
    //: Between two dates of a range
    dates->addWidget(new QLabel(tr("to")));
    dates->addWidget(m_to);
    form->addRow(tr("Period:"), dates);
    auto *form2 = new QFormLayout;
    form2->addRow(tr("&Distributor:"), m_distributor);
    form2->addRow(tr("S&egment:"), m_segment);
    form2->addRow(tr("S&tatus:"), m_status);
    filters->addLayout(form, 1);
    filters->addLayout(form2, 1);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_csv);
    buttons->addWidget(m_pdf);
    buttons->addStretch(1);
    filters->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_chartView);
    splitter->addWidget(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_run, &QPushButton::clicked, this, &ReportsView::start);
    connect(m_report, &QComboBox::currentIndexChanged, this, [this] {
        // The lead filters mean nothing to the commission reports, which read settled lines.
        const bool leads = report() < Report::CommissionByDistributor;
        for (QWidget *w : {static_cast<QWidget *>(m_distributor), static_cast<QWidget *>(m_segment),
                 static_cast<QWidget *>(m_status)})
            w->setEnabled(leads);
        start();
    });
    connect(m_csv, &QPushButton::clicked, this, &ReportsView::chooseCsv);
    connect(m_pdf, &QPushButton::clicked, this, &ReportsView::choosePdf);
}

ReportsView::~ReportsView() = default;

QString ReportsView::title() const
{
    return tr("Reports");
}

void ReportsView::setDatabase(const Database &db)
{
    forgetReads(); // an answer from the previous file is dropped
    m_db = db;
    fillDistributors();
    if (m_db.isOpen())
        start();
}

void ReportsView::fillDistributors()
{
    m_distributor->clear();
    m_distributor->addItem(tr("All distributors"), qint64(0));
    if (!m_db.isOpen())
        return;
    auto distributors = NetworkScope(m_db).distributors(1000);
    if (!distributors) {
        m_message->setText(distributors.error().message);
        return;
    }
    for (const NetworkNode &d : distributors.value())
        //: A distributor in the report filter: name, account number
        m_distributor->addItem(tr("%1 (%2)").arg(d.name, d.code), d.id);
}

void ReportsView::setReport(Report report)
{
    m_report->setCurrentIndex(m_report->findData(int(report)));
}

ReportsView::Report ReportsView::report() const
{
    return static_cast<Report>(m_report->currentData().toInt());
}

void ReportsView::setDateRange(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void ReportsView::setDistributor(qint64 distributorId)
{
    const int i = m_distributor->findData(distributorId);
    m_distributor->setCurrentIndex(qMax(0, i));
}

namespace {

// The report on the worker's connection.
Result<ReportTable> compute(const Database &db, ReportsView::Report report, const ReportFilter &f)
{
    const LeadReports reports(db);
    const auto wrap = [](const auto &rows, auto makeTable) -> Result<ReportTable> {
        if (!rows)
            return rows.error();
        return makeTable(rows.value());
    };
    switch (report) {
    case ReportsView::Report::LeadFlow:
        return wrap(reports.leadFlow(f), [](const auto &r) { return LeadReports::table(r); });
    case ReportsView::Report::ConversionByDistributor:
        return wrap(
            reports.conversionByDistributor(f), [](const auto &r) { return LeadReports::table(r, false); });
    case ReportsView::Report::ConversionByReseller:
        return wrap(
            reports.conversionByReseller(f), [](const auto &r) { return LeadReports::table(r, true); });
    case ReportsView::Report::ResellerPerformance:
        return wrap(reports.resellerPerformance(f), [](const auto &r) { return LeadReports::table(r); });
    case ReportsView::Report::WonValueByLevel:
        return wrap(reports.wonValueByLevel(f), [](const auto &r) { return LeadReports::table(r, false); });
    case ReportsView::Report::WonValueByArea:
        return wrap(reports.wonValueByArea(f), [](const auto &r) { return LeadReports::table(r, true); });
    case ReportsView::Report::CommissionByDistributor:
        return CommissionReports(db).distribution(CommissionReports::By::Distributor, f);
    case ReportsView::Report::CommissionByReseller:
        return CommissionReports(db).distribution(CommissionReports::By::Reseller, f);
    case ReportsView::Report::CommissionByLevel:
        return CommissionReports(db).distribution(CommissionReports::By::Level, f);
    case ReportsView::Report::CommissionByPeriod:
        return CommissionReports(db).distribution(CommissionReports::By::Period, f);
    }
    return Error::make(Error::Code::Usage, ReportsView::tr("Unknown report."));
}

} // namespace

void ReportsView::start()
{
    if (!beginRun(m_message))
        return;
    ReportFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    f.distributorId = m_distributor->currentData().toLongLong();
    f.segment = m_segment->currentData().toString();
    if (const int s = m_status->currentData().toInt(); s >= 0)
        f.status = static_cast<LeadStatus>(s);
    m_message->setText(tr("Running the report…"));
    reader()->read([report = report(), f](const Database &db) { return compute(db, report, f); },
        [this, generation = m_generation](Result<ReportTable> table) {
            if (generation != m_generation)
                return; // a later run replaces this one
            emit finished(display(std::move(table)));
        });
}

Status ReportsView::display(Result<ReportTable> result)
{
    if (!result) {
        m_message->setText(result.error().message);
        return result.error();
    }
    m_table = result.value();
    m_message->setText(tr("%1: %Ln row(s)", nullptr, int(m_table.rows.size())).arg(m_table.title));

    m_model->clear();
    m_model->setColumnCount(int(m_table.columns.size()));
    for (int c = 0; c < m_table.columns.size(); ++c)
        m_model->setHeaderData(c, Qt::Horizontal, m_table.columns.at(c).label);
    const QLocale locale;
    for (const QVariantList &row : std::as_const(m_table.rows)) {
        QList<QStandardItem *> items;
        for (int c = 0; c < m_table.columns.size(); ++c) {
            const QVariant v = row.value(c);
            const ReportTable::ColumnType type = m_table.columns.at(c).type;
            auto *item = new QStandardItem;
            switch (type) {
            case ReportTable::ColumnType::Count:
                item->setText(locale.toString(v.toLongLong()));
                break;
            case ReportTable::ColumnType::Ratio: {
                // An exact decimal from the core; shown as a percentage with the locale's separator.
                const QString text = v.toString();
                bool ok = false;
                const double shown = text.toDouble(&ok) * 100; // display only, never stored or summed
                item->setText(ok ? tr("%1 %").arg(locale.toString(shown, 'f', 1)) : text);
                break;
            }
            case ReportTable::ColumnType::Amount:
            case ReportTable::ColumnType::Text:
                item->setText(v.toString());
                break;
            }
            item->setData(v, Qt::UserRole + 1);
            if (type != ReportTable::ColumnType::Text)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            items.append(item);
        }
        m_model->appendRow(items);
    }
    m_view->resizeColumnsToContents();
    fillChart();
    return {};
}

void ReportsView::fillChart()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    m_chart->setTitle(m_table.title);
    // Categories: the row's text columns; bars: the count columns (amounts for won value).
    QList<int> labelColumns;
    QList<int> barColumns;
    bool hasCounts = false;
    for (int c = 0; c < m_table.columns.size(); ++c)
        hasCounts = hasCounts || m_table.columns.at(c).type == ReportTable::ColumnType::Count;
    for (int c = 0; c < m_table.columns.size(); ++c) {
        const ReportTable::Column &col = m_table.columns.at(c);
        if (col.type == ReportTable::ColumnType::Text && col.key != QLatin1String("currency")
            && !col.key.endsWith(QLatin1String("code")) && !col.key.endsWith(QLatin1String("_id")))
            labelColumns.append(c);
        else if (col.type == (hasCounts ? ReportTable::ColumnType::Count : ReportTable::ColumnType::Amount))
            barColumns.append(c);
    }
    if (const int chosen = m_table.columnIndex(m_table.chartKey); chosen >= 0)
        barColumns = {chosen};
    if (barColumns.isEmpty() || m_table.rows.isEmpty())
        return;
    auto *series = new QBarSeries;
    QList<QBarSet *> sets;
    for (int c : std::as_const(barColumns)) {
        sets.append(new QBarSet(m_table.columns.at(c).label));
        series->append(sets.last());
    }
    QStringList categories;
    double maximum = 0;
    const int shown = int(qMin<qsizetype>(m_table.rows.size(), kMaxChartCategories));
    for (int r = 0; r < shown; ++r) {
        const QVariantList &row = m_table.rows.at(r);
        QStringList label;
        for (int c : std::as_const(labelColumns))
            label.append(row.value(c).toString());
        QString text = label.join(QStringLiteral(" / "));
        if (text.size() > kMaxCategoryLabel)
            text = text.left(kMaxCategoryLabel - 1) + QChar(0x2026);
        // Equal names would merge two bars on a category axis.
        while (categories.contains(text))
            text += QLatin1Char(' ');
        categories.append(text);
        for (int i = 0; i < barColumns.size(); ++i) {
            // Chart heights only: the table and the exports keep the exact figures.
            const double value = row.value(barColumns.at(i)).toString().toDouble();
            *sets[i] << value;
            maximum = qMax(maximum, value);
        }
    }
    m_chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    m_chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, qMax(1.0, maximum));
    y->applyNiceNumbers(); // round ticks, never two labels for the same whole number
    y->setLabelFormat(QStringLiteral("%g"));
    m_chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

Status ReportsView::exportCsv(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error::make(Error::Code::Io, tr("Cannot write “%1”: %2").arg(path, file.errorString()));
    return m_table.writeCsv(file);
}

QString ReportsView::filterText() const
{
    //: Report filters in an exported PDF: date range, distributor, segment, status
    return tr("%1 – %2 · %3 · %4 · %5")
        .arg(QLocale().toString(m_from->date(), QLocale::ShortFormat),
            QLocale().toString(m_to->date(), QLocale::ShortFormat), m_distributor->currentText(),
            m_segment->currentText(), m_status->currentText());
}

Status ReportsView::exportPdf(const QString &path) const
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setResolution(150);
    writer.setTitle(m_table.title);
    QPainter painter;
    if (!painter.begin(&writer))
        return Error::make(Error::Code::Io, tr("Cannot write “%1”.").arg(path));
    const QRect page = painter.viewport();
    QFont titleFont = painter.font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    painter.setFont(titleFont);
    int y = 0;
    const int titleHeight = painter.fontMetrics().height();
    painter.drawText(QRect(0, y, page.width(), titleHeight), m_table.title);
    y += titleHeight;
    QFont body = painter.font();
    body.setPointSizeF(body.pointSizeF() / 1.6);
    body.setBold(false);
    painter.setFont(body);
    const int line = painter.fontMetrics().height();
    painter.drawText(QRect(0, y, page.width(), line), filterText());
    y += line * 2;

    // The chart as it is shown, scaled to the page width.
    const int chartHeight = page.height() * 2 / 5;
    QPixmap chart = m_chartView->grab();
    if (!chart.isNull()) {
        const QSize size = chart.size().scaled(page.width(), chartHeight, Qt::KeepAspectRatio);
        painter.drawPixmap(QRect(QPoint(0, y), size), chart);
        y += size.height() + line;
    }

    // The table: header, then rows, a new page when one is full.
    const int columns = int(m_table.columns.size());
    if (columns == 0)
        return {};
    const int width = page.width() / columns;
    const auto drawRow = [&](const QStringList &cells, bool bold) {
        QFont f = body;
        f.setBold(bold);
        painter.setFont(f);
        for (int c = 0; c < columns; ++c) {
            const bool right = m_table.columns.at(c).type != ReportTable::ColumnType::Text;
            painter.drawText(QRect(c * width + 4, y, width - 8, line),
                (right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                painter.fontMetrics().elidedText(cells.value(c), Qt::ElideRight, width - 8));
        }
        y += line;
    };
    QStringList header;
    for (const ReportTable::Column &c : m_table.columns)
        header.append(c.label);
    drawRow(header, true);
    painter.drawLine(0, y, page.width(), y);
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (y + line > page.height()) {
            writer.newPage();
            y = 0;
            drawRow(header, true);
        }
        QStringList cells;
        for (int c = 0; c < columns; ++c)
            cells.append(m_model->item(r, c)->text());
        drawRow(cells, false);
    }
    painter.end();
    return {};
}

void ReportsView::chooseCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Report"), {}, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status s = exportCsv(path); !s)
        m_message->setText(s.error().message);
}

void ReportsView::choosePdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Report"), {}, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = exportPdf(path); !s)
        m_message->setText(s.error().message);
}

} // namespace cd
