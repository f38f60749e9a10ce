#pragma once

#include "actions/ProxyRequest.h"
#include "cache/ProxyStore.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;

namespace nd {

class AppContext;
class HistoryTable;
class TableModel;
class TargetPicker;

// A request to the provider's API through Nango's proxy, authenticated as a connection: method,
// path and query, headers (sent as Nango-Proxy-*), a JSON body and Nango's retry options; the
// answer's status, headers, body, size and time; the history; and "Copy as curl" without the key.
class ProxyPanel : public QWidget
{
    Q_OBJECT
public:
    ProxyPanel(AppContext *context, QWidget *parent = nullptr);

    bool select(const QString &integration, const QString &connectionId);
    void setRequest(const QByteArray &method, const QString &pathWithQuery);
    void addHeader(const QString &name, const QString &value);
    void setBody(const QString &json);
    // The request the form describes; `problem` says why it cannot be sent (empty when it can).
    ProxySpec spec(QString *problem) const;
    void send();
    void cancel();
    void copyAsCurl();
    void reloadHistory();
    bool isRunning() const;

    QString curlText() const { return m_curl; } // what "Copy as curl" copied last
    QString statusText() const;
    QString bodyText() const;
    QString messageText() const;
    TableModel *historyModel() const;
    TableModel *responseHeadersModel() const { return m_responseHeaders; }
    QTableView *historyView() const;

Q_SIGNALS:
    void requestFinished(int status);
    void historyLoaded();

private:
    struct Shown
    {
        bool answered = false;
        bool nangoError = false;
        int status = 0;
        HeaderList headers;
        QByteArray body;
        qint64 size = 0;
        qint64 elapsedMs = 0;
        QString message;
    };
    void setRunning(bool running);
    void onFinished(const ProxyResult &result);
    void showResponse(const Shown &response);
    void renderBody();
    void showHistoryEntry();
    void reuseHistoryEntry();
    void report(const QString &text, bool error);

    AppContext *m_context;
    TargetPicker *m_target;
    QComboBox *m_method;
    QLineEdit *m_path;
    QPushButton *m_send;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QTableWidget *m_headers;
    QPlainTextEdit *m_body;
    QSpinBox *m_retries;
    QLineEdit *m_retryOn;
    QLineEdit *m_baseUrl;
    QLabel *m_note;
    QLabel *m_status;
    QLabel *m_meta;
    QLabel *m_message;
    QCheckBox *m_pretty;
    QPlainTextEdit *m_responseBody;
    TableModel *m_responseHeaders;
    HistoryTable *m_history;
    QByteArray m_shownBody;
    QString m_curl;
    QHash<qint64, ProxyEntry> m_entries;
};

} // namespace nd
