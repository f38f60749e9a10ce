#include "widgets/NetworkBox.h"

#include "Prompter.h"
#include "net/CertificateInfo.h"
#include "widgets/WidgetUtil.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

enum ProxyMode { SystemProxy, NoProxy, OwnProxy };

} // namespace

NetworkBox::NetworkBox(const NetworkSettings &s, QWidget *parent)
    : QGroupBox(tr("Network"), parent)
    , m_pinned(s.pinnedSha256)
{
    setObjectName(u"networkBox"_s);
    auto *form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    m_caFile = new QLineEdit(s.caFile, this);
    m_caFile->setObjectName(u"caFile"_s);
    m_caFile->setAccessibleName(tr("Certificate authorities file"));
    m_caFile->setPlaceholderText(tr("none: the system's authorities only"));
    auto *browse = makeButton(this, u"caFileBrowse"_s, tr("Choose…"),
                              tr("A PEM file with your company's certificate authority"));
    connect(browse, &QPushButton::clicked, this, [this]() {
        const QString path =
            Prompter::instance().openFileName(this, tr("Certificate authorities (PEM)"), m_caFile->text(),
                                              tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!path.isEmpty())
            m_caFile->setText(path);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    form->addRow(tr("Also trust"), caRow);

    m_pin = new QLabel(this);
    m_pin->setObjectName(u"pinnedCertificate"_s);
    m_pin->setWordWrap(true);
    m_pin->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_forget = makeButton(this, u"forgetCertificate"_s, tr("Forget"),
                          tr("Stop trusting this certificate for this profile"));
    connect(m_forget, &QPushButton::clicked, this, [this]() { setPinnedSha256({}); });
    auto *pinRow = new QHBoxLayout;
    pinRow->addWidget(m_pin, 1);
    pinRow->addWidget(m_forget);
    form->addRow(tr("Trusted certificate"), pinRow);
    auto *inspect = makeButton(this, u"inspectCertificate"_s, tr("Show the server's &certificate…"),
                               tr("Who the server's certificate is for, who issued it, and whether it is "
                                  "trusted; a self-signed one can be trusted for this profile"));
    connect(inspect, &QPushButton::clicked, this, &NetworkBox::inspectRequested);
    form->addRow(inspect);

    m_proxyMode = new QComboBox(this);
    m_proxyMode->setObjectName(u"proxyMode"_s);
    m_proxyMode->setAccessibleName(tr("Proxy"));
    m_proxyMode->addItem(tr("The system's (https_proxy, no_proxy, or the desktop's setting)"));
    m_proxyMode->addItem(tr("None: straight to the server"));
    m_proxyMode->addItem(tr("This proxy:"));
    m_proxyUrl = new QLineEdit(this);
    m_proxyUrl->setObjectName(u"proxyUrl"_s);
    m_proxyUrl->setAccessibleName(tr("Proxy URL"));
    m_proxyUrl->setPlaceholderText(u"http://proxy.example.com:3128"_s);
    if (s.usesNoProxy()) {
        m_proxyMode->setCurrentIndex(NoProxy);
    } else if (!s.usesSystemProxy()) {
        m_proxyMode->setCurrentIndex(OwnProxy);
        m_proxyUrl->setText(s.proxy);
    }
    auto *proxyRow = new QHBoxLayout;
    proxyRow->addWidget(m_proxyMode);
    proxyRow->addWidget(m_proxyUrl, 1);
    form->addRow(tr("Proxy"), proxyRow);
    m_proxyUser = new QLineEdit(s.proxyUser, this);
    m_proxyUser->setObjectName(u"proxyUser"_s);
    m_proxyUser->setPlaceholderText(tr("only for a proxy that asks"));
    m_proxyPassword = new QLineEdit(this);
    m_proxyPassword->setObjectName(u"proxyPassword"_s);
    m_proxyPassword->setEchoMode(QLineEdit::Password);
    m_proxyPassword->setAccessibleName(tr("Proxy password"));
    m_proxyPassword->setPlaceholderText(tr("password"));
    auto *credentials = new QHBoxLayout;
    credentials->addWidget(m_proxyUser, 1);
    credentials->addWidget(m_proxyPassword, 1);
    form->addRow(tr("Proxy user and password"), credentials);
    auto *note =
        new QLabel(tr("A company's own authority or a self-signed server is trusted for this profile "
                      "only; there is no switch that ignores certificate errors. The proxy's "
                      "password is kept in the keychain. no_proxy names what goes straight, as "
                      "curl reads it."),
                   this);
    note->setWordWrap(true);
    form->addRow(note);
    connect(m_proxyMode, &QComboBox::currentIndexChanged, this, &NetworkBox::refreshProxy);
    refreshPin();
    refreshProxy();
}

NetworkSettings NetworkBox::settings() const
{
    NetworkSettings s;
    s.caFile = m_caFile->text().trimmed();
    s.pinnedSha256 = m_pinned;
    switch (m_proxyMode->currentIndex()) {
    case NoProxy:
        s.proxy = QString::fromLatin1(NetworkSettings::kNoProxy);
        break;
    case OwnProxy:
        s.proxy = m_proxyUrl->text().trimmed();
        break;
    default:
        break;
    }
    s.proxyUser = m_proxyUser->text().trimmed();
    return s;
}

void NetworkBox::setPinnedSha256(const QString &sha256)
{
    m_pinned = sha256;
    refreshPin();
}

void NetworkBox::setProxyUser(const QString &user)
{
    m_proxyUser->setText(user);
}

void NetworkBox::setProxyPassword(const QString &password)
{
    m_proxyPassword->setText(password);
}

QByteArray NetworkBox::newProxyPassword() const
{
    return m_proxyPassword->text().toUtf8();
}

void NetworkBox::setProxyPasswordState(bool stored, const QString &store)
{
    m_proxyPassword->clear();
    m_proxyPassword->setPlaceholderText(stored ? tr("stored in the %1; type to replace").arg(store)
                                               : tr("password"));
}

void NetworkBox::refreshPin()
{
    m_pin->setText(m_pinned.isEmpty() ? tr("none (the system's authorities decide)")
                                      : tr("SHA-256 %1").arg(CertificateInfo::displayFingerprint(m_pinned)));
    m_forget->setEnabled(!m_pinned.isEmpty());
}

void NetworkBox::refreshProxy()
{
    m_proxyUrl->setEnabled(m_proxyMode->currentIndex() == OwnProxy);
    const bool proxied = m_proxyMode->currentIndex() != NoProxy;
    m_proxyUser->setEnabled(proxied);
    m_proxyPassword->setEnabled(proxied);
}

} // namespace nd
