#pragma once

// ReportsView: the network reports (lead flow, conversion, reseller performance, won value) with
// their filters, shown as a table and a Qt Charts bar chart, exported to CSV or PDF. The figures come
// from core's LeadReports as one ReportTable, so table, chart and files always agree.

#include "db/database.h"
#include "reports/reporttable.h"
#include "shared/workerpage.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

class QChart;
class QChartView;

namespace cd {

class PageReader;

class ReportsView : public WorkerPage
{
    Q_OBJECT
public:
    enum class Report {
        LeadFlow,
        ConversionByDistributor,
        ConversionByReseller,
        ResellerPerformance,
        WonValueByLevel,
        WonValueByArea,
        CommissionByDistributor,
        CommissionByReseller,
        CommissionByLevel,
        CommissionByPeriod
    };
    Q_ENUM(Report)

    explicit ReportsView(QWidget *parent = nullptr);
    ~ReportsView() override;

    QString title() const override;
    void setDatabase(const Database &db) override;
    // Reports run when asked (Run); new data shows on the next run.
    void refresh() override {}
    void setReport(Report report);
    Report report() const;
    void setDateRange(const QDate &from, const QDate &to);
    void setDistributor(qint64 distributorId); // 0 = all
    // Runs the chosen report with the filters on the worker; table and chart fill when it is done
    // (finished). A new run drops the answer of the one before.
    void start() override;

    const ReportTable &table() const { return m_table; }
    QStandardItemModel *model() const { return m_model; }
    QTableView *tableView() const { return m_view; }
    QChart *chart() const { return m_chart; }

    Status exportCsv(const QString &path) const;
    // The title, the filters, the chart and the table on A4 pages.
    Status exportPdf(const QString &path) const;

private:
    Status display(Result<ReportTable> result);
    void fillDistributors();
    void fillChart();
    void chooseCsv();
    void choosePdf();
    QString filterText() const;

    ReportTable m_table;
    QComboBox *m_report;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_distributor;
    QComboBox *m_segment;
    QComboBox *m_status;
    QPushButton *m_run;
    QPushButton *m_csv;
    QPushButton *m_pdf;
    QLabel *m_message;
    QStandardItemModel *m_model;
    QTableView *m_view;
    QChart *m_chart;
    QChartView *m_chartView;
};

} // namespace cd
