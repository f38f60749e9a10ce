#pragma once

#include "export/RecordExporter.h"
#include "models/RecordQuery.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QPushButton;
class QThread;

namespace Ui {
class ExportDialog;
}

namespace nd {

// CSV or JSONL of the current filtered view or the whole model, written by a worker thread through
// QSaveFile (the file appears whole or not at all), with progress and cancel.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(qint64 streamId, const RecordQuery &view, const QString &label, QWidget *parent = nullptr);
    ~ExportDialog() override;

    ExportOptions options() const;
    // Starts writing to `path` (the Export button asks for it through the Prompter).
    void startExport(const QString &path);
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    void finished(bool ok, const QString &message);

protected:
    void reject() override;

private:
    void onProgress(qint64 done, qint64 total);
    void onDone(const ExportResult &result, const QString &path);

    std::unique_ptr<Ui::ExportDialog> m_ui;
    qint64 m_streamId;
    RecordQuery m_view;
    QPushButton *m_exportButton;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace nd
