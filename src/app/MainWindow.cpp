#include "MainWindow.h"

#include "AppContext.h"
#include "Prompter.h"
#include "StatusIndicators.h"
#include "cache/Store.h"
#include "panels/ActionsPanel.h"
#include "panels/ActivityPanel.h"
#include "panels/ConnectionsPanel.h"
#include "panels/HistoryPanel.h"
#include "panels/IntegrationsPanel.h"
#include "panels/ProxyPanel.h"
#include "panels/QueryPanel.h"
#include "panels/RecordsPanel.h"
#include "panels/SettingsPanel.h"
#include "panels/SyncsPanel.h"
#include "ui_MainWindow.h"
#include "util/Version.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QStatusBar>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <sqlite3.h>

namespace nd {

using namespace Qt::StringLiterals;

MainWindow::MainWindow(AppContext *context, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_context(context)
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(u":/icons/dev.nangodesk.NangoDesk.svg"_s));
    m_ui->keychainBanner->hide();
    m_ui->banner->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->keychainBanner->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->centralLayout->setStretch(2, 1);
    m_ui->keychainBanner->setStyleSheet(u"QFrame#keychainBanner { background: #fff3cd; color: #5c4400; }"_s);

    m_integrations = new IntegrationsPanel(context, this);
    m_connections = new ConnectionsPanel(context, this);
    m_syncs = new SyncsPanel(context, this);
    m_records = new RecordsPanel(context, this);
    m_history = new HistoryPanel(context, this);
    m_activity = new ActivityPanel(context, this);
    m_actions = new ActionsPanel(context, this);
    m_proxy = new ProxyPanel(context, this);
    m_query = new QueryPanel(context, this);
    m_settings = new SettingsPanel(context, this);
    // In the order of Page.
    const QList<QPair<QWidget *, QString>> pages{{m_integrations, u"integrations"_s},
                                                 {m_connections, u"connections"_s},
                                                 {m_syncs, u"syncs"_s},
                                                 {m_records, u"records"_s},
                                                 {m_history, u"history"_s},
                                                 {m_activity, u"activity"_s},
                                                 {m_actions, u"actions"_s},
                                                 {m_proxy, u"proxy"_s},
                                                 {m_query, u"query"_s},
                                                 {m_settings, u"settings"_s}};
    for (int i = 0; i < pages.size(); ++i) {
        pages[i].first->setObjectName(pages[i].second + u"Panel"_s);
        m_ui->pages->addWidget(pages[i].first);
        auto *item = new QListWidgetItem(QIcon(u":/panels/%1.svg"_s.arg(pages[i].second)), pageName(Page(i)),
                                         m_ui->navigation);
        const int key = (i + 1) % 10; // the tenth page is Ctrl+0
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(pageName(Page(i))).arg(key));
        auto *shortcut = new QShortcut(QKeySequence(u"Ctrl+%1"_s.arg(key)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i]() { showPage(Page(i)); });
    }
    m_ui->navigation->setIconSize(QSize(20, 20));
    connect(m_ui->navigation, &QListWidget::currentRowChanged, m_ui->pages, &QStackedWidget::setCurrentIndex);
    m_ui->navigation->setCurrentRow(0);

    connect(m_integrations, &IntegrationsPanel::openConnections, this, [this](const QString &integration) {
        m_connections->showIntegration(integration);
        showPage(Connections);
    });
    connect(m_connections, &ConnectionsPanel::openSyncs, this,
            [this](const QString &integration, const QString &id) {
                m_syncs->showConnection(integration, id);
                showPage(Syncs);
            });
    connect(m_syncs, &SyncsPanel::openDeletedRecords, this, [this](qint64 stream) {
        m_records->showDeleted(stream);
        showPage(Records);
    });
    connect(m_syncs, &SyncsPanel::openRecords, this, [this](qint64 stream) {
        m_records->showStream(stream);
        showPage(Records);
    });
    connect(m_syncs, &SyncsPanel::openHistory, this, [this](qint64 stream) {
        m_history->showStream(stream);
        showPage(History);
    });
    connect(m_settings, &SettingsPanel::applyRequested, this, &MainWindow::applySettingsRequested);
    connect(m_ui->sessionOnlyButton, &QPushButton::clicked, this, &MainWindow::sessionOnlyRequested);
    connect(m_ui->actionRefresh, &QAction::triggered, context, &AppContext::refreshNow);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);

    // The profile (one per Nango environment) switcher, in the menu bar's corner.
    m_profiles = new QComboBox(this);
    m_profiles->setObjectName(u"profileSwitcher"_s);
    m_profiles->setAccessibleName(tr("Profile"));
    m_profiles->setToolTip(tr("Profiles keep one Nango environment each: its server, keys and cache."));
    if (context->isDemo()) {
        m_profiles->addItem(tr("demo"));
        m_profiles->setEnabled(false);
    } else {
        m_profiles->addItems(ProfileSettings::knownProfiles());
        m_profiles->setCurrentText(context->settings().name);
        m_profiles->addItem(tr("New profile…"), u"new"_s);
    }
    menuBar()->setCornerWidget(m_profiles);
    connect(m_profiles, &QComboBox::activated, this, [this](int index) {
        QString name = m_profiles->itemText(index);
        if (m_profiles->itemData(index).toString() == u"new") {
            name = Prompter::instance().askText(this, tr("New profile"),
                                                tr("Name of the profile (e.g. the environment: dev, prod):"));
            if (name.isEmpty() || name.contains(u'/')) {
                m_profiles->setCurrentText(m_context->settings().name);
                return;
            }
        }
        if (name != m_context->settings().name)
            Q_EMIT profileSwitchRequested(name);
    });

    m_indicators = new StatusIndicators(context, this);
    m_ui->centralLayout->insertWidget(1, m_indicators->serverBar());
    connect(m_indicators, &StatusIndicators::proxyPasswordRequested, this, [this](const QString &message) {
        showPage(Settings);
        m_settings->askProxyPassword(message);
    });
    connect(context, &AppContext::statusChanged, this, &MainWindow::updateBanner);
    connect(context, &AppContext::snapshotChanged, this, &MainWindow::updateBanner);
    connect(context, &AppContext::engineStarted, this, &MainWindow::updateBanner);
    updateBanner();

    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    m_ui->splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray());
}

MainWindow::~MainWindow() = default;

QString MainWindow::pageName(Page page) const
{
    switch (page) {
    case Integrations:
        return tr("Integrations");
    case Connections:
        return tr("Connections");
    case Syncs:
        return tr("Syncs");
    case Records:
        return tr("Records");
    case History:
        return tr("Cursor history");
    case Activity:
        return tr("Activity");
    case Actions:
        return tr("Actions");
    case Proxy:
        return tr("Proxy console");
    case Query:
        return tr("SQL console");
    case Settings:
        return tr("Settings");
    }
    return {};
}

void MainWindow::showPage(Page page)
{
    m_ui->navigation->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_ui->pages->currentIndex());
}

void MainWindow::showKeychainProblem(const QString &message)
{
    m_ui->keychainMessage->setText(message);
    m_ui->keychainBanner->show();
}

void MainWindow::hideKeychainProblem()
{
    m_ui->keychainBanner->hide();
    m_ui->banner->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->keychainBanner->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->centralLayout->setStretch(2, 1);
}

void MainWindow::updateBanner()
{
    const ProfileSettings &s = m_context->settings();
    const QString environment =
        s.environment.isEmpty() ? m_context->snapshot().profile.environment : s.environment;
    QString text =
        tr("Profile <b>%1</b>%2 — %3")
            .arg(s.name.toHtmlEscaped(),
                 environment.isEmpty() ? QString()
                                       : tr(", environment <b>%1</b>").arg(environment.toHtmlEscaped()),
                 m_context->isDemo() ? tr("built-in demo server") : s.serverUrl.toHtmlEscaped());
    if (!s.sharedCache.isEmpty())
        text += tr(" — shared cache <b>%1</b>").arg(Store::displayLocation(s.sharedCache).toHtmlEscaped());
    if (m_context->isReadOnly())
        text += u"<br/>"_s +
                tr("Read-only: this database role may read the shared cache but neither pull nor "
                   "change syncs, run actions or send proxy requests. Whoever runs its watcher does.");
    if (!m_context->engineError().isEmpty())
        text += u"<br/>"_s + m_context->engineError().toHtmlEscaped();
    if (s.production) {
        m_ui->banner->setText(environment.isEmpty()
                                  ? tr("PRODUCTION — ") + text
                                  : tr("PRODUCTION environment %1 — ").arg(environment.toHtmlEscaped()) +
                                        text);
        m_ui->banner->setStyleSheet(u"background: #c62828; color: white;"_s);
    } else {
        m_ui->banner->setText(text);
        m_ui->banner->setStyleSheet(m_context->engineError().isEmpty() ? QString()
                                                                       : u"background: #fdecea;"_s);
    }
    // The platform adds the application's name ("… — Nango Desk"): the title is the profile's.
    const QString where = environment.isEmpty() ? s.name : tr("%1 (%2)").arg(s.name, environment);
    setWindowTitle(s.production ? tr("%1 — PRODUCTION").arg(where) : where);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Nango Desk"),
        tr("<h3>Nango Desk %1</h3><p>A desktop administration tool and headless client for Nango.</p>"
           "<p>Built on Qt %2 (LGPL-3.0), QtKeychain (BSD-3-Clause), SQLite %3 (public domain) and simdjson "
           "(Apache-2.0).</p><p>Nango Desk is MIT licensed.</p>")
            .arg(version(), QString::fromLatin1(qVersion()), QString::fromLatin1(sqlite3_libversion())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/splitter"_s, m_ui->splitter->saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::captureScreenshots(const QString &directory, std::function<void(bool ok)> done)
{
    QDir().mkpath(directory);
    auto page = std::make_shared<int>(0);
    auto step = std::make_shared<std::function<void()>>();
    *step = [this, directory, done, page, step]() {
        if (*page > 0) {
            // Grab the window as the display server shows it (not a widget render).
            const QPixmap shot = screen()->grabWindow(winId());
            const QString file =
                QDir(directory).filePath(u"%1-%2.png"_s.arg(qlonglong(*page), 2, 10, QChar(u'0'))
                                             .arg(m_ui->pages->widget(*page - 1)->objectName()));
            if (shot.isNull() || !shot.save(file)) {
                done(false);
                return;
            }
        }
        if (*page == m_ui->pages->count()) {
            done(true);
            return;
        }
        showPage(Page(*page));
        ++*page;
        QTimer::singleShot(900, this, *step);
    };
    (*step)();
}

} // namespace nd
