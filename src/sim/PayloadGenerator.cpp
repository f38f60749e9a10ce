#include "PayloadGenerator.h"

#include "SimJsonWriter.h"
#include "SimTime.h"

#include <QJsonArray>

#include <array>

namespace nangosim {

namespace {

using namespace Qt::StringLiterals;

// SplitMix64: tiny, fast and good enough for test data.
class Rng
{
public:
    explicit Rng(quint64 state)
        : m_state(state)
    {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template <size_t N> const char *pick(const std::array<const char *, N> &items)
    {
        return items[size_t(below(int(N)))];
    }

private:
    quint64 m_state;
};

quint64 fnv1a(const QByteArray &data, quint64 h = 1469598103934665603ULL)
{
    for (const char c : data) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ULL;
    }
    return h;
}

const std::array<const char *, 16> kFirstNames = {"Ada",    "Zoë",   "Łukasz", "José",  "Mei",   "Søren",
                                                  "Amélie", "Ngozi", "李雷",   "Ömer",  "Chloé", "Dmitri",
                                                  "Aarav",  "Ñandú", "Björn",  "Fatima"};
const std::array<const char *, 12> kLastNames = {"Lovelace", "Müller", "García",   "O'Brien",
                                                 "Nakamura", "Dubois", "Kowalski", "Øster",
                                                 "Nguyễn",   "Smith",  "Ivanova",  "Haddad"};
const std::array<const char *, 10> kCompanies = {"Acme Corp",  "Globex",       "Initech", "Umbrella",
                                                 "Stark Ind.", "Wayne Ent.",   "Hooli",   "Vandelay",
                                                 "Soylent",    "Tyrell \"AI\""};
const std::array<const char *, 8> kCities = {"Berlin", "Paris", "São Paulo", "Zürich",
                                             "Tokyo",  "Lagos", "Montréal",  "Kraków"};
const std::array<const char *, 24> kWords = {
    "the",      "customer", "asked",    "about",   "renewal", "pricing", "and",     "integration",
    "timeline", "follow",   "up",       "next",    "quarter", "café",    "naïve",   "résumé",
    "🚀",        "budget",   "approved", "pending", "legal",   "review",  "«quote»", "over"};
const std::array<const char *, 5> kStages = {"appointmentscheduled", "qualifiedtobuy",
                                             "presentationscheduled", "closedwon", "closedlost"};
const std::array<const char *, 6> kLabels = {"bug",         "enhancement", "good first issue",
                                             "help wanted", "p1",          "wontfix"};

QByteArray longText(Rng &rng, int bytes)
{
    QByteArray text;
    text.reserve(bytes + 16);
    while (text.size() < bytes) {
        if (!text.isEmpty())
            text += rng.chance(8) ? "\n" : " ";
        text += rng.pick(kWords);
    }
    return text;
}

void person(SimJsonWriter &w, Rng &rng)
{
    w.beginObject();
    w.key("id");
    w.value(qint64(rng.below(900000) + 100000));
    w.key("name");
    w.value(QByteArray(rng.pick(kFirstNames)) + ' ' + rng.pick(kLastNames));
    w.key("email");
    w.value(QByteArray("owner") + QByteArray::number(rng.below(500)) + "@example.com");
    w.endObject();
}

} // namespace

PayloadGenerator::Shape PayloadGenerator::shapeFor(const QString &model)
{
    if (model.contains(u"Contact") || model.contains(u"Lead") || model.contains(u"User"))
        return Shape::Contact;
    if (model.contains(u"Deal") || model.contains(u"Opportunit"))
        return Shape::Deal;
    if (model.contains(u"Issue") || model.contains(u"Ticket") || model.contains(u"PullRequest"))
        return Shape::Issue;
    if (model.contains(u"Comment") || model.contains(u"Message"))
        return Shape::Comment;
    return Shape::Account;
}

QByteArray PayloadGenerator::externalId(const QString &model, quint64 index)
{
    switch (shapeFor(model)) {
    case Shape::Contact:
    case Shape::Deal:
        return QByteArray::number(quint64(51000000) + index);
    case Shape::Issue:
    case Shape::Comment:
        return QByteArray::number(quint64(1000) + index);
    case Shape::Account: {
        // Salesforce-style 18-character ids.
        static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        QByteArray id("0015e00000");
        quint64 v = index * 2654435761ULL + 12345;
        for (int i = 0; i < 8; ++i) {
            id += alphabet[v % 62];
            v /= 62;
        }
        return id;
    }
    }
    return QByteArray::number(index);
}

QByteArray PayloadGenerator::fields(const QString &model, const QByteArray &externalId, quint32 seed,
                                    quint32 version) const
{
    Rng rng(fnv1a(externalId, fnv1a(model.toUtf8(), m_seed)) ^ (quint64(seed) * 0x9E3779B97F4A7C15ULL));
    QByteArray out;
    out.reserve(m_targetBytes + 256);
    SimJsonWriter w(out);
    // The writer expects to be inside an object; fields are appended as key/value pairs.
    w.beginObject();
    const qint64 baseUs = 1700000000LL * 1000000 + qint64(rng.below(30000000)) * 1000000;
    switch (shapeFor(model)) {
    case Shape::Contact:
        w.key("first_name");
        w.value(rng.pick(kFirstNames));
        w.key("last_name");
        w.value(rng.pick(kLastNames));
        w.key("email");
        w.value(QByteArray("contact") + externalId + "@example.com");
        w.key("phone");
        if (rng.chance(20))
            w.null();
        else
            w.value(QByteArray("+1-555-") + QByteArray::number(1000 + rng.below(9000)));
        w.key("company");
        w.beginObject();
        w.key("name");
        w.value(rng.pick(kCompanies));
        w.key("domain");
        w.value(QByteArray("example.org"));
        w.endObject();
        w.key("address");
        w.beginObject();
        w.key("city");
        w.value(rng.pick(kCities));
        w.key("postal_code");
        w.value(QByteArray::number(10000 + rng.below(89999)));
        w.key("country");
        w.value(rng.chance(50) ? "DE" : "FR");
        w.endObject();
        w.key("tags");
        w.beginArray();
        for (int i = rng.below(4); i > 0; --i)
            w.value(rng.pick(kLabels));
        w.endArray();
        w.key("score");
        w.value(qint64(rng.below(101)));
        w.key("revenue");
        w.value(double(rng.below(10000000)) / 100.0);
        w.key("do_not_call");
        w.value(rng.chance(10));
        w.key("owner");
        if (rng.chance(15))
            w.null();
        else
            person(w, rng);
        w.key("version");
        w.value(qint64(version));
        w.key("notes");
        break;
    case Shape::Deal:
        w.key("name");
        w.value(QByteArray(rng.pick(kCompanies)) + " – renewal " + QByteArray::number(2024 + rng.below(3)));
        w.key("amount");
        w.value(double(rng.below(5000000)) / 100.0);
        w.key("currency");
        w.value(rng.chance(70) ? "USD" : "EUR");
        w.key("stage");
        w.value(rng.pick(kStages));
        w.key("probability");
        w.value(double(rng.below(100)) / 100.0);
        w.key("close_date");
        w.value(SimTime::jsIso(baseUs).left(10));
        w.key("owner");
        person(w, rng);
        w.key("line_items");
        w.beginArray();
        for (int i = 1 + rng.below(3); i > 0; --i) {
            w.beginObject();
            w.key("sku");
            w.value(QByteArray("SKU-") + QByteArray::number(rng.below(999)));
            w.key("quantity");
            w.value(qint64(1 + rng.below(20)));
            w.key("unit_price");
            w.value(double(rng.below(100000)) / 100.0);
            w.endObject();
        }
        w.endArray();
        w.key("version");
        w.value(qint64(version));
        w.key("description");
        break;
    case Shape::Issue:
        w.key("number");
        w.value(externalId.toLongLong());
        w.key("title");
        w.value(QByteArray("Sync fails when ") + rng.pick(kWords) + " is " + rng.pick(kWords));
        w.key("state");
        w.value(rng.chance(60) ? "open" : "closed");
        w.key("locked");
        w.value(rng.chance(5));
        w.key("labels");
        w.beginArray();
        for (int i = rng.below(3); i > 0; --i) {
            w.beginObject();
            w.key("name");
            w.value(rng.pick(kLabels));
            w.key("color");
            w.value(QByteArray::number(rng.below(0xffffff), 16));
            w.endObject();
        }
        w.endArray();
        w.key("assignee");
        if (rng.chance(40))
            w.null();
        else
            person(w, rng);
        w.key("comments");
        w.value(qint64(rng.below(40)));
        w.key("version");
        w.value(qint64(version));
        w.key("body");
        break;
    case Shape::Comment:
        w.key("issue_number");
        w.value(qint64(1000 + rng.below(500)));
        w.key("author");
        person(w, rng);
        w.key("reactions");
        w.beginObject();
        w.key("+1");
        w.value(qint64(rng.below(10)));
        w.key("heart");
        w.value(qint64(rng.below(5)));
        w.endObject();
        w.key("version");
        w.value(qint64(version));
        w.key("body");
        break;
    case Shape::Account:
        w.key("name");
        w.value(rng.pick(kCompanies));
        w.key("industry");
        w.value(rng.chance(50) ? "Software" : "Manufacturing");
        w.key("employees");
        if (rng.chance(10))
            w.null();
        else
            w.value(qint64(1 + rng.below(100000)));
        w.key("website");
        w.value(QByteArray("https://www.example.com/") + externalId);
        w.key("billing_address");
        w.beginObject();
        w.key("city");
        w.value(rng.pick(kCities));
        w.key("country");
        w.value(rng.chance(50) ? "United States" : "Deutschland");
        w.endObject();
        w.key("version");
        w.value(qint64(version));
        w.key("description");
        break;
    }
    const int room = m_targetBytes - int(out.size()); // the payload alone is about targetBytes
    w.value(longText(rng, room > 16 ? room : 16));
    // Drop the leading '{' the writer opened; the caller closes the object.
    return out.mid(1);
}

QJsonObject PayloadGenerator::jsonSchema(const QString &model)
{
    auto prop = [](const char *type) { return QJsonObject{{u"type"_s, QString::fromLatin1(type)}}; };
    auto nullable = [](const char *type) {
        return QJsonObject{{u"type"_s, QJsonArray{QString::fromLatin1(type), u"null"_s}}};
    };
    const QJsonObject personSchema{
        {u"type"_s, u"object"_s},
        {u"properties"_s,
         QJsonObject{{u"id"_s, prop("integer")}, {u"name"_s, prop("string")}, {u"email"_s, prop("string")}}}};
    QJsonObject props{{u"id"_s, prop("string")}, {u"version"_s, prop("integer")}};
    QJsonArray required{u"id"_s};
    switch (shapeFor(model)) {
    case Shape::Contact:
        props.insert(u"first_name"_s, prop("string"));
        props.insert(u"last_name"_s, prop("string"));
        props.insert(u"email"_s, prop("string"));
        props.insert(u"phone"_s, nullable("string"));
        props.insert(u"company"_s, prop("object"));
        props.insert(u"address"_s, prop("object"));
        props.insert(u"tags"_s, QJsonObject{{u"type"_s, u"array"_s}, {u"items"_s, prop("string")}});
        props.insert(u"score"_s, prop("integer"));
        props.insert(u"revenue"_s, prop("number"));
        props.insert(u"do_not_call"_s, prop("boolean"));
        props.insert(u"owner"_s, QJsonObject{{u"anyOf"_s, QJsonArray{personSchema, prop("null")}}});
        props.insert(u"notes"_s, prop("string"));
        required.append(u"email"_s);
        break;
    case Shape::Deal:
        props.insert(u"name"_s, prop("string"));
        props.insert(u"amount"_s, prop("number"));
        props.insert(u"currency"_s, prop("string"));
        props.insert(u"stage"_s, prop("string"));
        props.insert(u"probability"_s, prop("number"));
        props.insert(u"close_date"_s, QJsonObject{{u"type"_s, u"string"_s}, {u"format"_s, u"date"_s}});
        props.insert(u"owner"_s, personSchema);
        props.insert(u"line_items"_s, QJsonObject{{u"type"_s, u"array"_s}, {u"items"_s, prop("object")}});
        props.insert(u"description"_s, prop("string"));
        break;
    case Shape::Issue:
        props.insert(u"number"_s, prop("integer"));
        props.insert(u"title"_s, prop("string"));
        props.insert(u"state"_s,
                     QJsonObject{{u"type"_s, u"string"_s}, {u"enum"_s, QJsonArray{u"open"_s, u"closed"_s}}});
        props.insert(u"locked"_s, prop("boolean"));
        props.insert(u"labels"_s, QJsonObject{{u"type"_s, u"array"_s}, {u"items"_s, prop("object")}});
        props.insert(u"assignee"_s, QJsonObject{{u"anyOf"_s, QJsonArray{personSchema, prop("null")}}});
        props.insert(u"comments"_s, prop("integer"));
        props.insert(u"body"_s, prop("string"));
        break;
    case Shape::Comment:
        props.insert(u"issue_number"_s, prop("integer"));
        props.insert(u"author"_s, personSchema);
        props.insert(u"reactions"_s, prop("object"));
        props.insert(u"body"_s, prop("string"));
        break;
    case Shape::Account:
        props.insert(u"name"_s, prop("string"));
        props.insert(u"industry"_s, prop("string"));
        props.insert(u"employees"_s, nullable("integer"));
        props.insert(u"website"_s, prop("string"));
        props.insert(u"billing_address"_s, prop("object"));
        props.insert(u"description"_s, prop("string"));
        break;
    }
    return QJsonObject{{u"type"_s, u"object"_s},
                       {u"properties"_s, props},
                       {u"required"_s, required},
                       {u"additionalProperties"_s, false}};
}

} // namespace nangosim
