// SpendDashboard, part two: exports (CSV of any table, FOCUS CSV, PNG and PDF of the view).
#include "spenddashboard.h"

#include "spendchartview.h"

#include <spend/csvwriter.h>
#include <spend/drivermodel.h>
#include <spend/spendexportjob.h>
#include <spend/budgetmodel.h>
#include <spend/requestlistmodel.h>
#include <spend/spenddetailmodel.h>
#include <spend/spendtablemodel.h>

#include "uniteconomicspanel.h"

#include <common/plainmessage.h>

#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace keel::spend;

namespace keel::widgets {

QList<QPair<QString, QAbstractItemModel *>> SpendDashboard::tables() const
{
    return {{tr("Budgets"), m_budgetModel},
            {tr("Spend table"), m_tableModel},
            {tr("Prompt templates"), m_templateModel},
            {tr("Routes"), m_routeModel},
            {tr("Models"), m_modelModel},
            {tr("Spend per use case"), m_unit->useCaseModel()},
            {tr("Drill-down rows"), m_detailModel},
            {tr("Drill-down requests"), m_requestModel}};
}

bool SpendDashboard::exportTableCsv(const QAbstractItemModel *model, const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    if (!writeModelCsv(*model, file, error)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool SpendDashboard::savePng(const QString &path, QString *error)
{
    const QPixmap pixmap = grab();
    if (pixmap.isNull() || !pixmap.save(path, "PNG")) {
        if (error)
            *error = tr("Could not write the image %1.").arg(path);
        return false;
    }
    return true;
}

bool SpendDashboard::savePdf(const QString &path, QString *error)
{
    const QPixmap pixmap = grab();
    QPdfWriter writer(path);
    writer.setTitle(tr("Keel spend %1 to %2").arg(query().from.toString(Qt::ISODate), query().to.toString(Qt::ISODate)));
    writer.setCreator(u"Keel"_s);
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setResolution(150);
    QPainter painter;
    if (pixmap.isNull() || !painter.begin(&writer)) {
        if (error)
            *error = tr("Could not write the PDF %1.").arg(path);
        return false;
    }
    // Scale the screen image to the page, keeping its proportions.
    const QRect page = painter.viewport();
    const QSize size = pixmap.size().scaled(page.size(), Qt::KeepAspectRatio);
    painter.drawPixmap(QRect(QPoint(0, 0), size), pixmap);
    painter.end();
    return true;
}

SpendExportJob *SpendDashboard::exportFocus(const QString &path)
{
    SpendExportOptions options;
    options.storePath = m_session.storePath;
    options.query = query();
    options.format = SpendExportOptions::Format::Focus;
    options.outPath = path;
    auto *job = new SpendExportJob(options, this);
    connect(job, &SpendExportJob::finished, this, [this, job](bool ok, const QString &message) {
        if (!ok)
            showPlainWarning(this, tr("FOCUS export"), message);
        job->deleteLater();
    });
    job->start();
    return job;
}

void SpendDashboard::chooseAndExportTable(const QAbstractItemModel *model, const QString &name)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export %1 as CSV").arg(name),
                                                      name.toLower().replace(u' ', u'-') + u".csv"_s,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTableCsv(model, path, &error))
        showPlainWarning(this, tr("Export"), tr("Could not write %1: %2").arg(path, error));
}

void SpendDashboard::chooseAndSave(const QString &kind)
{
    if (kind == u"focus"_s) {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export FOCUS CSV"), u"spend-focus.csv"_s,
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportFocus(path);
        return;
    }
    const bool pdf = kind == u"pdf"_s;
    const QString path = QFileDialog::getSaveFileName(this, pdf ? tr("Save dashboard as PDF") : tr("Save dashboard as PNG"),
                                                      pdf ? u"spend.pdf"_s : u"spend.png"_s,
                                                      pdf ? tr("PDF files (*.pdf)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!(pdf ? savePdf(path, &error) : savePng(path, &error)))
        showPlainWarning(this, tr("Export"), error);
}

void SpendDashboard::buildExportMenu(QToolButton *button)
{
    auto *menu = new QMenu(button);
    QMenu *tablesMenu = menu->addMenu(tr("Table as CSV"));
    // Filled on open: tables() needs every panel built.
    connect(tablesMenu, &QMenu::aboutToShow, this, [this, tablesMenu] {
        tablesMenu->clear();
        const auto all = tables();
        for (const auto &[name, model] : all) {
            QAction *a = tablesMenu->addAction(name);
            connect(a, &QAction::triggered, this, [this, name = name, model = model] { chooseAndExportTable(model, name); });
        }
    });
    connect(menu->addAction(tr("FOCUS CSV of spend…")), &QAction::triggered, this, [this] { chooseAndSave(u"focus"_s); });
    menu->addSeparator();
    connect(menu->addAction(tr("Dashboard as PNG…")), &QAction::triggered, this, [this] { chooseAndSave(u"png"_s); });
    connect(menu->addAction(tr("Dashboard as PDF…")), &QAction::triggered, this, [this] { chooseAndSave(u"pdf"_s); });
    button->setMenu(menu);
}

} // namespace keel::widgets
