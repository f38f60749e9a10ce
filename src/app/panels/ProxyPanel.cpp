#include "panels/ProxyPanel.h"

#include "AppContext.h"
#include "Prompter.h"
#include "WriteBack.h"
#include "models/TableModel.h"
#include "panels/PanelUtil.h"
#include "widgets/HistoryTable.h"
#include "widgets/TargetPicker.h"
#include "widgets/WidgetUtil.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxShownBody = 2 * 1024 * 1024; // a text view slows down past this

QString statusLine(int status)
{
    const QString reason = ProxyRunner::reasonPhrase(status);
    return reason.isEmpty() ? u"HTTP %1"_s.arg(status) : u"HTTP %1 %2"_s.arg(QString::number(status), reason);
}

} // namespace

ProxyPanel::ProxyPanel(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_responseHeaders(new TableModel(this))
{
    m_responseHeaders->setHeaders({tr("Name"), tr("Value")});
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<b>Proxy console</b> — send a request to the provider's API through Nango, "
                                "authenticated as the connection. It really reaches the provider."),
                             this);
    title->setWordWrap(true);
    layout->addWidget(title);

    m_target = new TargetPicker(context, u"proxy"_s, this);
    layout->addWidget(m_target);

    auto *line = new QHBoxLayout;
    m_method = new QComboBox(this);
    m_method->setObjectName(u"proxyMethod"_s);
    m_method->setAccessibleName(tr("Method"));
    m_method->addItems({u"GET"_s, u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s, u"HEAD"_s, u"OPTIONS"_s});
    m_path = new QLineEdit(this);
    m_path->setObjectName(u"proxyPath"_s);
    m_path->setAccessibleName(tr("Provider path and query"));
    m_path->setPlaceholderText(tr("The provider's path and query, e.g. /crm/v3/objects/contacts?limit=10"));
    m_path->setClearButtonEnabled(true);
    m_send = makeButton(this, u"proxySend"_s, tr("&Send"), tr("Send the request through Nango's proxy"));
    m_cancel =
        makeButton(this, u"proxyCancel"_s, tr("Cance&l"),
                   tr("Stop waiting. If Nango already received the request, the provider call may still "
                      "happen."));
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"proxyProgress"_s);
    m_progress->setAccessibleName(tr("Request in flight"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(100);
    m_progress->hide();
    line->addWidget(m_method);
    line->addWidget(m_path, 1);
    line->addWidget(m_send);
    line->addWidget(m_cancel);
    line->addWidget(m_progress);
    layout->addLayout(line);

    auto *outer = new QSplitter(Qt::Vertical, this);
    auto *top = new QSplitter(Qt::Horizontal, outer);

    // The request: headers, body, Nango's options.
    auto *requestBox = new QGroupBox(tr("Request"), top);
    auto *requestLayout = new QVBoxLayout(requestBox);
    auto *requestTabs = new QTabWidget(requestBox);
    requestTabs->setObjectName(u"proxyRequestTabs"_s);
    auto *headersPage = new QWidget(requestTabs);
    auto *headersLayout = new QVBoxLayout(headersPage);
    m_headers = new QTableWidget(0, 2, headersPage);
    m_headers->setObjectName(u"proxyHeaders"_s);
    m_headers->setAccessibleName(tr("Headers for the provider"));
    m_headers->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->verticalHeader()->setVisible(false);
    m_headers->setToolTip(tr("Sent to the provider as Nango-Proxy-<name>. Values that look like credentials "
                             "are stored in the history as ***."));
    auto *headerButtons = new QHBoxLayout;
    auto *addHeaderButton =
        makeButton(headersPage, u"proxyAddHeader"_s, tr("&Add header"), tr("Add a header row"));
    auto *removeHeaderButton = makeButton(headersPage, u"proxyRemoveHeader"_s, tr("&Remove header"),
                                          tr("Remove the chosen header row"));
    headerButtons->addWidget(addHeaderButton);
    headerButtons->addWidget(removeHeaderButton);
    headerButtons->addStretch(1);
    headersLayout->addWidget(m_headers, 1);
    headersLayout->addLayout(headerButtons);
    m_body = makeCodeEditor(requestTabs, u"proxyBody"_s, tr("Request body"));
    m_body->setPlaceholderText(tr("A JSON body, sent as application/json. Empty: no body."));
    auto *optionsPage = new QWidget(requestTabs);
    auto *options = new QFormLayout(optionsPage);
    m_retries = new QSpinBox(optionsPage);
    m_retries->setObjectName(u"proxyRetries"_s);
    m_retries->setRange(-1, 10);
    m_retries->setValue(-1);
    m_retries->setSpecialValueText(tr("not sent (Nango's default: no retry)"));
    m_retries->setToolTip(tr("Retries: how many times Nango retries the provider call on 5xx and 429"));
    m_retryOn = new QLineEdit(optionsPage);
    m_retryOn->setObjectName(u"proxyRetryOn"_s);
    m_retryOn->setPlaceholderText(tr("status codes, e.g. 409,423"));
    m_retryOn->setToolTip(tr("Retry-On: more statuses Nango retries on"));
    m_baseUrl = new QLineEdit(optionsPage);
    m_baseUrl->setObjectName(u"proxyBaseUrlOverride"_s);
    m_baseUrl->setPlaceholderText(tr("e.g. https://api.eu1.hubapi.com"));
    m_baseUrl->setToolTip(tr("Base-Url-Override: send to this base URL instead of the provider's"));
    options->addRow(tr("Retries:"), m_retries);
    options->addRow(tr("Retry-On:"), m_retryOn);
    options->addRow(tr("Base-Url-Override:"), m_baseUrl);
    // Nango's header names.
    m_retries->setAccessibleName(u"Retries"_s);
    m_retryOn->setAccessibleName(u"Retry-On"_s);
    m_baseUrl->setAccessibleName(u"Base-Url-Override"_s);
    requestTabs->addTab(headersPage, tr("Headers"));
    requestTabs->addTab(m_body, tr("Body"));
    requestTabs->addTab(optionsPage, tr("Options"));
    requestLayout->addWidget(requestTabs, 1);
    m_note = new QLabel(requestBox);
    m_note->setObjectName(u"proxyNote"_s);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    requestLayout->addWidget(m_note);
    auto *curlRow = new QHBoxLayout;
    auto *curl = makeButton(requestBox, u"proxyCopyCurl"_s, tr("Copy as c&url"),
                            tr("Copy the request as a curl command; the key is left to the shell as "
                               "$NANGO_SECRET_KEY"));
    curlRow->addStretch(1);
    curlRow->addWidget(curl);
    requestLayout->addLayout(curlRow);

    // The answer.
    auto *responseBox = new QGroupBox(tr("Response"), top);
    auto *responseLayout = new QVBoxLayout(responseBox);
    m_status = new QLabel(tr("No request sent yet."), responseBox);
    m_status->setObjectName(u"proxyStatus"_s);
    QFont big = m_status->font();
    big.setBold(true);
    m_status->setFont(big);
    m_meta = new QLabel(responseBox);
    m_meta->setObjectName(u"proxyMeta"_s);
    m_message = new QLabel(responseBox);
    m_message->setObjectName(u"proxyMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addStretch(1);
    statusRow->addWidget(m_meta);
    auto *responseTabs = new QTabWidget(responseBox);
    responseTabs->setObjectName(u"proxyResponseTabs"_s);
    auto *bodyPage = new QWidget(responseTabs);
    auto *bodyLayout = new QVBoxLayout(bodyPage);
    m_pretty = new QCheckBox(tr("&Pretty JSON"), bodyPage);
    m_pretty->setObjectName(u"proxyPretty"_s);
    m_pretty->setToolTip(tr("Indent a JSON body; off: the body as it came"));
    m_pretty->setChecked(true);
    m_responseBody = makeCodeEditor(bodyPage, u"proxyResponseBody"_s, tr("Response body"));
    m_responseBody->setReadOnly(true);
    bodyLayout->addWidget(m_pretty);
    bodyLayout->addWidget(m_responseBody, 1);
    auto *headersView = makeTable(responseTabs, u"proxyResponseHeaders"_s, tr("Response headers"));
    headersView->setModel(m_responseHeaders);
    headersView->setSortingEnabled(false);
    responseTabs->addTab(bodyPage, tr("Body"));
    responseTabs->addTab(headersView, tr("Headers"));
    responseLayout->addLayout(statusRow);
    responseLayout->addWidget(m_message);
    responseLayout->addWidget(responseTabs, 1);
    top->addWidget(requestBox);
    top->addWidget(responseBox);

    // The history.
    auto *historyBox = new QGroupBox(tr("History"), outer);
    auto *historyLayout = new QVBoxLayout(historyBox);
    m_history = new HistoryTable(u"proxy"_s, tr("Proxy history"),
                                 {tr("#"), tr("Time"), tr("Method"), tr("Path"), tr("Integration"),
                                  tr("Connection"), tr("Status"), tr("Size"), tr("Duration")},
                                 tr("Loa&d this request"),
                                 tr("Put the chosen request back in the form (values stored as *** must be "
                                    "typed again)"),
                                 historyBox);
    m_history->keepRowsVisible(6); // a handful of requests, whatever the response pane takes
    historyLayout->addWidget(m_history, 1);
    outer->addWidget(top);
    outer->addWidget(historyBox);
    outer->setStretchFactor(0, 3);
    outer->setStretchFactor(1, 2);
    layout->addWidget(outer, 1);

    connect(m_send, &QPushButton::clicked, this, &ProxyPanel::send);
    connect(m_path, &QLineEdit::returnPressed, this, &ProxyPanel::send);
    connect(m_cancel, &QPushButton::clicked, this, &ProxyPanel::cancel);
    connect(curl, &QPushButton::clicked, this, &ProxyPanel::copyAsCurl);
    connect(addHeaderButton, &QPushButton::clicked, this, [this]() {
        addHeader({}, {});
        m_headers->setCurrentCell(m_headers->rowCount() - 1, 0);
        m_headers->editItem(m_headers->item(m_headers->rowCount() - 1, 0));
    });
    connect(removeHeaderButton, &QPushButton::clicked, this, [this]() {
        if (m_headers->currentRow() >= 0)
            m_headers->removeRow(m_headers->currentRow());
    });
    connect(m_pretty, &QCheckBox::toggled, this, &ProxyPanel::renderBody);
    connect(m_history, &HistoryTable::reuseClicked, this, &ProxyPanel::reuseHistoryEntry);
    connect(m_history, &HistoryTable::selectionChanged, this, &ProxyPanel::showHistoryEntry);
    connect(context->writeBack(), &WriteBack::proxyFinished, this, &ProxyPanel::onFinished);
    connect(context, &AppContext::engineStarted, this, [this]() {
        reloadHistory();
        setRunning(isRunning());
    });
}

bool ProxyPanel::select(const QString &integration, const QString &connectionId)
{
    return m_target->select(integration, connectionId);
}

TableModel *ProxyPanel::historyModel() const
{
    return m_history->model();
}

QTableView *ProxyPanel::historyView() const
{
    return m_history->view();
}

void ProxyPanel::setRequest(const QByteArray &method, const QString &pathWithQuery)
{
    m_method->setCurrentText(QString::fromLatin1(method));
    m_path->setText(pathWithQuery);
}

void ProxyPanel::addHeader(const QString &name, const QString &value)
{
    const int row = m_headers->rowCount();
    m_headers->insertRow(row);
    m_headers->setItem(row, 0, new QTableWidgetItem(name));
    m_headers->setItem(row, 1, new QTableWidgetItem(value));
}

void ProxyPanel::setBody(const QString &json)
{
    m_body->setPlainText(json);
}

ProxySpec ProxyPanel::spec(QString *problem) const
{
    ProxySpec s;
    s.integration = m_target->integration();
    s.connectionId = m_target->connectionId();
    s.method = m_method->currentText().toLatin1();
    s.setPathAndQuery(m_path->text().trimmed());
    QString missingName;
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        const QString name = m_headers->item(row, 0) ? m_headers->item(row, 0)->text().trimmed() : QString();
        const QString value = m_headers->item(row, 1) ? m_headers->item(row, 1)->text().trimmed() : QString();
        if (name.isEmpty() && value.isEmpty())
            continue;
        if (name.isEmpty() && missingName.isEmpty())
            missingName = tr("the header in row %1 has a value but no name").arg(row + 1);
        s.headers.append({name.toLatin1(), value.toUtf8()});
    }
    const QByteArray body = m_body->toPlainText().toUtf8();
    s.body = body.trimmed().isEmpty() ? QByteArray() : body;
    s.retries = m_retries->value();
    s.retryOn = m_retryOn->text().remove(u' ');
    s.baseUrlOverride = m_baseUrl->text().trimmed();
    if (problem)
        *problem = missingName.isEmpty() ? s.problem() : missingName;
    return s;
}

void ProxyPanel::report(const QString &text, bool error)
{
    m_note->setText(text);
    m_note->setStyleSheet(error ? u"color: #c62828;"_s : QString());
}

void ProxyPanel::send()
{
    if (isRunning())
        return;
    QString problem;
    const ProxySpec s = spec(&problem);
    if (!problem.isEmpty()) {
        report(tr("Not sent: %1.").arg(problem), true);
        return;
    }
    // Anything but a read may change data at the provider: on a production profile, a person confirms.
    const bool read = s.method == "GET" || s.method == "HEAD" || s.method == "OPTIONS";
    if (!read && m_context->settings().production &&
        !Prompter::instance().confirm(
            this, tr("Send to production?"),
            tr("%1 %2 goes to the provider as %3 / %4 on the production environment "
               "and may change data there.")
                .arg(QString::fromLatin1(s.method), s.path, s.integration, s.connectionId),
            tr("Send it")))
        return;
    if (!m_context->writeBack()->sendProxy(s)) {
        report(
            tr("Nango Desk is not connected to a Nango server yet: save a server and an API key in Settings "
               "first."),
            true);
        return;
    }
    report(tr("Sending %1 %2…").arg(QString::fromLatin1(s.method), s.path), false);
    m_history->clearSelection();
    setRunning(true);
}

void ProxyPanel::cancel()
{
    m_context->writeBack()->cancelProxy();
}

bool ProxyPanel::isRunning() const
{
    return m_context->writeBack()->isProxyRunning();
}

void ProxyPanel::setRunning(bool running)
{
    m_send->setEnabled(!running && !m_context->isReadOnly()); // the banner says why
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
}

void ProxyPanel::onFinished(const ProxyResult &r)
{
    setRunning(false);
    report({}, false);
    Shown shown;
    shown.answered = r.answered;
    shown.nangoError = r.nangoError;
    shown.status = r.status;
    shown.headers = r.headers;
    shown.body = r.body;
    shown.size = r.size;
    shown.elapsedMs = r.elapsedMs;
    shown.message = r.message;
    showResponse(shown);
    reloadHistory();
    Q_EMIT requestFinished(r.answered ? r.status : 0);
}

void ProxyPanel::showResponse(const Shown &r)
{
    m_status->setText(r.answered ? statusLine(r.status) : tr("No answer"));
    const bool bad = !r.answered || r.nangoError || r.status >= 400;
    m_status->setStyleSheet(bad ? u"color: #c62828;"_s : r.status < 300 ? u"color: #2e7d32;"_s : QString());
    QString meta = r.answered ? tr("%1 in %2 ms").arg(QLocale().formattedDataSize(r.size)).arg(r.elapsedMs)
                              : tr("after %1 ms").arg(r.elapsedMs);
    if (r.answered && r.body.size() < r.size)
        meta +=
            u" "_s + tr("(the history keeps the first %1)").arg(QLocale().formattedDataSize(r.body.size()));
    m_meta->setText(meta);
    const QString message =
        r.nangoError ? tr("Nango's own error, not the provider's: %1").arg(r.message) : r.message;
    m_message->setText(message);
    m_message->setStyleSheet(bad ? u"color: #c62828;"_s : QString());
    m_message->setVisible(!message.isEmpty());
    QList<TableRow> rows;
    for (const auto &[name, value] : r.headers) {
        TableRow row;
        row.cells = {QString::fromLatin1(name), QString::fromUtf8(value)};
        rows.append(row);
    }
    m_responseHeaders->setRows(rows);
    m_shownBody = r.body;
    renderBody();
}

void ProxyPanel::renderBody()
{
    QByteArray text = m_shownBody;
    if (m_pretty->isChecked()) {
        const QJsonDocument doc = QJsonDocument::fromJson(m_shownBody);
        if (!doc.isNull())
            text = doc.toJson(QJsonDocument::Indented);
    }
    const bool cut = text.size() > kMaxShownBody;
    QString shown = QString::fromUtf8(text.left(kMaxShownBody));
    if (cut)
        shown += u"\n"_s +
                 tr("[… %1 more not shown]").arg(QLocale().formattedDataSize(text.size() - kMaxShownBody));
    m_responseBody->setPlainText(shown);
}

void ProxyPanel::copyAsCurl()
{
    QString problem;
    const ProxySpec s = spec(&problem);
    if (!problem.isEmpty()) {
        report(tr("Not copied: %1.").arg(problem), true);
        return;
    }
    m_curl = m_context->writeBack()->curlCommand(s);
    QApplication::clipboard()->setText(m_curl);
    report(
        tr("Copied as a curl command. The key is left to the shell: set NANGO_SECRET_KEY before running it."),
        false);
}

QString ProxyPanel::statusText() const
{
    return m_status->text();
}

QString ProxyPanel::bodyText() const
{
    return m_responseBody->toPlainText();
}

QString ProxyPanel::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ProxyPanel::reloadHistory()
{
    m_context->writeBack()->loadProxyHistory([this](const QList<ProxyEntry> &entries) {
        m_entries.clear();
        QList<TableRow> rows;
        for (const ProxyEntry &e : entries) {
            m_entries.insert(e.id, e);
            TableRow r;
            const QString path =
                e.query.isEmpty() ? e.path : QString(e.path + u'?' + QString::fromUtf8(e.query));
            r.cells = {e.id,
                       shortTime(e.at),
                       QString::fromLatin1(e.method),
                       path,
                       e.integration,
                       e.connectionId,
                       e.status ? QVariant(e.status) : QVariant(tr("no answer")),
                       e.status ? QVariant(QLocale().formattedDataSize(e.responseSize)) : QVariant(),
                       tr("%1 ms").arg(e.durationMs)};
            r.tone = e.status == 0 || e.nangoError || e.status >= 400 ? TableRow::Tone::Error
                                                                      : TableRow::Tone::Normal;
            r.tooltip = e.error;
            r.key = e.id;
            rows.append(r);
        }
        m_history->setRows(rows);
        Q_EMIT historyLoaded();
    });
}

void ProxyPanel::showHistoryEntry()
{
    const auto it = m_entries.constFind(m_history->selectedId());
    if (it == m_entries.constEnd() || isRunning())
        return;
    Shown shown;
    shown.answered = it->status > 0;
    shown.nangoError = it->nangoError;
    shown.status = it->status;
    shown.headers = it->responseHeaders;
    shown.body = it->responseBody;
    shown.size = it->responseSize;
    shown.elapsedMs = it->durationMs;
    shown.message = it->error;
    showResponse(shown);
    report(tr("Showing request #%1 from the history (%2).").arg(QString::number(it->id), shortTime(it->at)),
           false);
}

void ProxyPanel::reuseHistoryEntry()
{
    const auto it = m_entries.constFind(m_history->selectedId());
    if (it == m_entries.constEnd())
        return;
    const ProxyEntry e = *it;
    if (!select(e.integration, e.connectionId))
        report(tr("%1 / %2 is not available any more.").arg(e.integration, e.connectionId), true);
    setRequest(e.method, e.query.isEmpty() ? e.path : QString(e.path + u'?' + QString::fromUtf8(e.query)));
    m_headers->setRowCount(0);
    for (const auto &[name, value] : e.requestHeaders)
        addHeader(QString::fromLatin1(name), QString::fromUtf8(value));
    m_body->setPlainText(QString::fromUtf8(e.requestBody));
    m_retries->setValue(e.retries);
    m_retryOn->setText(e.retryOn);
    m_baseUrl->setText(e.baseUrlOverride);
}

} // namespace nd
