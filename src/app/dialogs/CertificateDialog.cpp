#include "dialogs/CertificateDialog.h"

#include "widgets/WidgetUtil.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

QLabel *selectable(const QString &text, QWidget *parent, bool fixed = false)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (fixed)
        label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return label;
}

QString when(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::LongFormat);
}

} // namespace

CertificateDialog::CertificateDialog(const QString &server, const QString &profile, const ApiError &error,
                                     const CertificateInfo &c, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"certificateDialog"_s);
    setWindowTitle(tr("Certificate of %1").arg(server));
    auto *layout = new QVBoxLayout(this);
    const bool failed = error.kind == ApiError::Kind::Tls;
    // The first paragraph of the message: what is wrong; the rest is shown field by field.
    const QStringList message = error.userMessage().split(u'\n');
    auto *headline = new QLabel(
        failed ? message.constFirst() : tr("This computer trusts the certificate of %1.").arg(server), this);
    headline->setObjectName(u"certificateVerdict"_s);
    headline->setWordWrap(true);
    headline->setStyleSheet(failed ? u"color: #c62828; font-weight: bold;"_s : u"color: #2e7d32;"_s);
    layout->addWidget(headline);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Issued to"), selectable(c.subject, this));
    form->addRow(tr("Names"), selectable(c.names.join(u", "_s), this));
    form->addRow(tr("Issued by"),
                 selectable(c.selfSigned ? tr("%1 (itself: self-signed)").arg(c.issuer) : c.issuer, this));
    form->addRow(tr("Valid from"), selectable(when(c.notBefore), this));
    form->addRow(tr("Valid until"), selectable(when(c.notAfter), this));
    auto *fingerprint = selectable(CertificateInfo::displayFingerprint(c.sha256), this, true);
    fingerprint->setObjectName(u"certificateFingerprint"_s);
    form->addRow(tr("SHA-256"), fingerprint);
    if (error.hasTlsCause(ApiError::TlsCause::PinChanged)) {
        auto *old = selectable(CertificateInfo::displayFingerprint(error.pinnedSha256), this, true);
        old->setObjectName(u"previousFingerprint"_s);
        form->addRow(tr("Trusted before"), old);
    }
    layout->addLayout(form);
    if (failed && message.size() > 1) {
        auto *advice = new QLabel(message.constLast(), this);
        advice->setObjectName(u"certificateAdvice"_s);
        advice->setWordWrap(true);
        layout->addWidget(advice);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    if (error.canTrustCertificate()) {
        auto *trust = makeButton(
            this, u"trustCertificate"_s, tr("&Trust this certificate for profile \"%1\"").arg(profile),
            tr("Compare the fingerprint with the one the server's administrator gives "
               "you first. Only this certificate is trusted, and only for this profile."));
        buttons->addButton(trust, QDialogButtonBox::AcceptRole);
        connect(trust, &QPushButton::clicked, this, [this, sha = c.sha256]() {
            Q_EMIT trustRequested(sha);
            accept();
        });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

} // namespace nd
