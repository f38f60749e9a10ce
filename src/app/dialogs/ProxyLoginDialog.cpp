#include "dialogs/ProxyLoginDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace nd {

using namespace Qt::StringLiterals;

ProxyLoginDialog::ProxyLoginDialog(const QString &message, const QString &user, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"proxyLoginDialog"_s);
    setWindowTitle(tr("The proxy asks for a password"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(message, this);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *form = new QFormLayout;
    m_user = new QLineEdit(user, this);
    m_user->setObjectName(u"proxyLoginUser"_s);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"proxyLoginPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("User name"), m_user);
    form->addRow(tr("Password"), m_password);
    layout->addLayout(form);
    auto *note = new QLabel(tr("The password is kept in the keychain, never in the settings."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save and try again"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this]() {
        Q_EMIT credentialsGiven(m_user->text().trimmed(), m_password->text().toUtf8());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    (m_user->text().isEmpty() ? m_user : m_password)->setFocus();
}

} // namespace nd
