#include "dialogs/ExportDialog.h"

#include "AppSettings.h"
#include "Prompter.h"
#include "cache/Database.h"
#include "ui_ExportDialog.h"

#include <QDir>
#include <QPushButton>
#include <QStandardPaths>
#include <QThread>

namespace nd {

using namespace Qt::StringLiterals;

ExportDialog::ExportDialog(qint64 streamId, const RecordQuery &view, const QString &label, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
    , m_streamId(streamId)
    , m_view(view)
{
    m_ui->setupUi(this);
    m_ui->target->setText(tr("Export <b>%1</b> from the local cache.").arg(label.toHtmlEscaped()));
    m_ui->format->addItem(tr("CSV (one column per field)"), u"csv"_s);
    m_ui->format->addItem(tr("JSON Lines (each record as Nango returned it)"), u"jsonl"_s);
    m_ui->separator->addItem(tr("Comma ( , )"), u","_s);
    m_ui->separator->addItem(tr("Semicolon ( ; )"), u";"_s);
    m_ui->separator->addItem(tr("Tab"), u"\t"_s);
    m_ui->separator->addItem(tr("Pipe ( | )"), u"|"_s);
    m_ui->includeDeleted->setEnabled(false);
    connect(m_ui->wholeModel, &QRadioButton::toggled, m_ui->includeDeleted, &QWidget::setEnabled);
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
        if (!path.isEmpty())
            startExport(path);
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

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.format = m_ui->format->currentData().toString() == u"csv" ? ExportOptions::Format::Csv
                                                                : ExportOptions::Format::Jsonl;
    o.separator = char(m_ui->separator->currentData().toString().at(0).unicode());
    o.header = m_ui->header->isChecked();
    o.utf8Bom = m_ui->bom->isChecked();
    o.formulaGuard = m_ui->formulaGuard->isChecked();
    if (m_ui->filteredView->isChecked()) {
        // The view's own conditions, deleted records included or not as the view shows them.
        o.includeDeleted = true;
        o.where = m_view.where(&o.whereValues);
    } else {
        o.includeDeleted = m_ui->includeDeleted->isChecked();
    }
    return o;
}

void ExportDialog::startExport(const QString &path)
{
    if (m_thread)
        return;
    const ExportOptions o = options();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_exportButton->setEnabled(false);
    m_ui->buttons->button(QDialogButtonBox::Close)->setText(tr("Cancel"));
    m_ui->status->setText(tr("Writing %1…").arg(path));
    const qint64 stream = m_streamId;
    auto cancel = m_cancel;
    m_thread = QThread::create([this, o, path, stream, cancel]() {
        QString error;
        auto db = Database::open(ProfileSettings::databasePath(), &error);
        ExportResult result;
        if (!db) {
            result.error = error;
        } else {
            result = RecordExporter::run(*db, stream, o, path, [this, cancel](qint64 done, qint64 total) {
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
