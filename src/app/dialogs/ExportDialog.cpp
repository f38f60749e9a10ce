#include "dialogs/ExportDialog.h"

#include "AppSettings.h"
#include "Prompter.h"
#include "cache/ReadStore.h"
#include "ui_ExportDialog.h"

#include <QDir>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>

namespace nd {

using namespace Qt::StringLiterals;

ExportDialog::ExportDialog(const RecordQuery &view, const Counts &counts, const QString &label,
                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
    , m_view(view)
    , m_counts(counts)
    , m_label(label)
    , m_cacheLocation(ProfileSettings::databasePath())
{
    m_ui->setupUi(this);
    m_ui->format->addItem(tr("CSV (one column per field)"), u"csv"_s);
    m_ui->format->addItem(tr("JSON Lines (each record as Nango returned it)"), u"jsonl"_s);
    m_ui->separator->addItem(tr("Comma ( , )"), u","_s);
    m_ui->separator->addItem(tr("Semicolon ( ; )"), u";"_s);
    m_ui->separator->addItem(tr("Tab"), u"\t"_s);
    m_ui->separator->addItem(tr("Pipe ( | )"), u"|"_s);
    // The separator and the byte-order mark are what a spreadsheet needs: the same next time.
    const QSettings settings;
    m_ui->separator->setCurrentIndex(
        std::max(0, m_ui->separator->findData(settings.value(u"export/separator"_s, u","_s).toString())));
    m_ui->bom->setChecked(settings.value(u"export/bom"_s, false).toBool());
    m_ui->includeDeleted->setEnabled(false);
    connect(m_ui->wholeModel, &QRadioButton::toggled, m_ui->includeDeleted, &QWidget::setEnabled);
    for (QAbstractButton *b : {static_cast<QAbstractButton *>(m_ui->wholeModel),
                               static_cast<QAbstractButton *>(m_ui->filteredView),
                               static_cast<QAbstractButton *>(m_ui->includeDeleted)})
        connect(b, &QAbstractButton::toggled, this, &ExportDialog::updateHeadline);
    updateHeadline();
    connect(m_ui->format, &QComboBox::currentIndexChanged, this, [this]() {
        const bool csv = m_ui->format->currentData().toString() == u"csv";
        for (QWidget *w : {static_cast<QWidget *>(m_ui->separator), static_cast<QWidget *>(m_ui->header),
                           static_cast<QWidget *>(m_ui->bom), static_cast<QWidget *>(m_ui->formulaGuard)})
            w->setEnabled(csv);
    });
    m_exportButton = m_ui->buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(u"startExport"_s);
    connect(m_exportButton, &QPushButton::clicked, this, [this]() {
        const bool csv = m_ui->format->currentData().toString() == u"csv";
        const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                      .filePath(csv ? u"records.csv"_s : u"records.jsonl"_s);
        const QString path =
            Prompter::instance().saveFileName(this, tr("Export records"), suggested,
                                              csv ? tr("CSV files (*.csv)") : tr("JSON Lines (*.jsonl)"));
        if (!path.isEmpty()) {
            rememberChoices();
            startExport(path);
        }
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
}

ExportDialog::~ExportDialog()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
    }
}

void ExportDialog::setCache(const QString &location, const QByteArray &password)
{
    m_cacheLocation = location;
    m_cachePassword = password;
}

void ExportDialog::updateHeadline()
{
    m_ui->target->setText(tr("Export <b>%L1 records</b> of %2 from the local cache.")
                              .arg(chosenCount())
                              .arg(m_label.toHtmlEscaped()));
}

void ExportDialog::rememberChoices() const
{
    QSettings settings;
    settings.setValue(u"export/separator"_s, m_ui->separator->currentData().toString());
    settings.setValue(u"export/bom"_s, m_ui->bom->isChecked());
}

RecordQuery ExportDialog::query() const
{
    if (m_ui->filteredView->isChecked())
        return m_view;
    RecordQuery whole;
    whole.streamId = m_view.streamId;
    whole.includeDeleted = m_ui->includeDeleted->isChecked();
    return whole;
}

qint64 ExportDialog::chosenCount() const
{
    if (m_ui->filteredView->isChecked())
        return m_counts.view;
    return m_counts.live + (m_ui->includeDeleted->isChecked() ? m_counts.deleted : 0);
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.format = m_ui->format->currentData().toString() == u"csv" ? ExportOptions::Format::Csv
                                                                : ExportOptions::Format::Jsonl;
    o.separator = char(m_ui->separator->currentData().toString().at(0).unicode());
    o.header = m_ui->header->isChecked();
    o.utf8Bom = m_ui->bom->isChecked();
    o.formulaGuard = m_ui->formulaGuard->isChecked();
    return o;
}

void ExportDialog::startExport(const QString &path)
{
    if (m_thread)
        return;
    const ExportOptions o = options();
    const RecordQuery query = this->query();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_exportButton->setEnabled(false);
    m_ui->buttons->button(QDialogButtonBox::Close)->setText(tr("Cancel"));
    m_ui->status->setText(tr("Writing %1…").arg(path));
    auto cancel = m_cancel;
    m_thread = QThread::create([this, o, query, path, cancel]() {
        QString error;
        auto store = ReadStore::open(m_cacheLocation, &error, m_cachePassword);
        ExportResult result;
        if (!store) {
            result.error = error;
        } else {
            result = RecordExporter::run(*store, query, o, path, [this, cancel](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(this, [this, done, total]() { onProgress(done, total); });
                return !cancel->load();
            });
        }
        QMetaObject::invokeMethod(this, [this, result, path]() { onDone(result, path); });
    });
    m_thread->start();
}

void ExportDialog::onProgress(qint64 done, qint64 total)
{
    m_ui->progress->setMaximum(int(std::min<qint64>(total, std::numeric_limits<int>::max())));
    m_ui->progress->setValue(int(std::min<qint64>(done, std::numeric_limits<int>::max())));
}

void ExportDialog::onDone(const ExportResult &result, const QString &path)
{
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    m_exportButton->setEnabled(true);
    m_ui->buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    const QString message =
        result.ok ? tr("Wrote %L1 records to %2.").arg(result.rows).arg(path) : result.error;
    m_ui->status->setText(message);
    Q_EMIT finished(result.ok, message);
}

void ExportDialog::reject()
{
    if (m_thread) {
        m_cancel->store(true); // the worker stops at its next progress report; no file is left
        return;
    }
    QDialog::reject();
}

} // namespace nd
