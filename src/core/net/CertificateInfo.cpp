#include "net/CertificateInfo.h"

#include "util/Translate.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslCertificateExtension>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return trIn("nd::CertificateInfo", text);
}

QString dn(const QSslCertificate &c, bool issuer)
{
    // CN, O, OU, C in that order: what identifies the party, short enough for one line.
    QStringList parts;
    for (const auto attribute : {QSslCertificate::CommonName, QSslCertificate::Organization,
                                 QSslCertificate::OrganizationalUnitName, QSslCertificate::CountryName}) {
        const QStringList values = issuer ? c.issuerInfo(attribute) : c.subjectInfo(attribute);
        if (!values.isEmpty())
            parts.append(values.join(u", "_s));
    }
    return parts.isEmpty() ? (issuer ? c.issuerDisplayName() : c.subjectDisplayName()) : parts.join(u", "_s);
}

QString date(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
}

} // namespace

QString CertificateInfo::sha256Of(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

CertificateInfo CertificateInfo::from(const QSslCertificate &c)
{
    CertificateInfo info;
    if (c.isNull())
        return info;
    info.subject = dn(c, false);
    info.issuer = dn(c, true);
    const auto alternates = c.subjectAlternativeNames();
    for (auto it = alternates.cbegin(); it != alternates.cend(); ++it)
        info.names.append(it.value());
    if (info.names.isEmpty())
        info.names = c.subjectInfo(QSslCertificate::CommonName);
    info.notBefore = c.effectiveDate();
    info.notAfter = c.expiryDate();
    info.sha256 = sha256Of(c);
    info.selfSigned = c.isSelfSigned();
    return info;
}

QString CertificateInfo::displayFingerprint(const QString &hex)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs.append(hex.mid(i, 2).toUpper());
    return pairs.join(u':');
}

QString CertificateInfo::normalisedFingerprint(const QString &typed)
{
    QString hex = typed.trimmed().toLower();
    hex.remove(u':');
    hex.remove(u' ');
    static const QRegularExpression sha256Hex(u"^[0-9a-f]{64}$"_s);
    return sha256Hex.match(hex).hasMatch() ? hex : QString();
}

QString CertificateInfo::describe() const
{
    QStringList lines;
    lines << tr("Issued to: %1").arg(subject);
    if (!names.isEmpty())
        lines << tr("Names: %1").arg(names.join(u", "_s));
    lines << (selfSigned ? tr("Issued by: %1 (self-signed)") : tr("Issued by: %1")).arg(issuer);
    lines << tr("Valid: %1 to %2").arg(date(notBefore), date(notAfter));
    lines << tr("SHA-256 fingerprint: %1").arg(displayFingerprint(sha256));
    return lines.join(u'\n');
}

} // namespace nd
