#include "models/JsonTreeModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nd {

using namespace Qt::StringLiterals;

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::build(Node *node)
{
    auto add = [node](const QString &key, const QJsonValue &value) {
        auto child = std::make_unique<Node>();
        child->key = key;
        child->value = value;
        child->parent = node;
        child->row = int(node->children.size());
        build(child.get());
        node->children.push_back(std::move(child));
    };
    if (node->value.isObject()) {
        const QJsonObject o = node->value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            add(it.key(), it.value());
    } else if (node->value.isArray()) {
        const QJsonArray a = node->value.toArray();
        for (int i = 0; i < a.size(); ++i)
            add(u"[%1]"_s.arg(i), a.at(i));
    }
}

void JsonTreeModel::setJson(const QByteArray &json)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    m_root->value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    build(m_root.get());
    endResetModel();
}

void JsonTreeModel::setValue(const QJsonValue &value)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    if (value.isObject() || value.isArray()) {
        m_root->value = value;
        build(m_root.get());
    } else if (!value.isUndefined()) {
        auto child = std::make_unique<Node>();
        child->value = value;
        child->parent = m_root.get();
        m_root->children.push_back(std::move(child));
    }
    endResetModel();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = parent.isValid() ? static_cast<Node *>(parent.internalPointer()) : m_root.get();
    if (row < 0 || size_t(row) >= p->children.size() || column < 0 || column > 2)
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *n = static_cast<Node *>(child.internalPointer());
    if (!n->parent || n->parent == m_root.get())
        return {};
    return createIndex(n->parent->row, 0, n->parent);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const Node *p = parent.isValid() ? static_cast<Node *>(parent.internalPointer()) : m_root.get();
    return int(p->children.size());
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return 3;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const Node *n = static_cast<Node *>(index.internalPointer());
    const QJsonValue &v = n->value;
    if (index.column() == 0)
        return n->key;
    if (index.column() == 2) {
        switch (v.type()) {
        case QJsonValue::Null:
            return u"null"_s;
        case QJsonValue::Bool:
            return u"boolean"_s;
        case QJsonValue::Double:
            return u"number"_s;
        case QJsonValue::String:
            return u"string"_s;
        case QJsonValue::Array:
            return u"array (%1)"_s.arg(v.toArray().size());
        case QJsonValue::Object:
            return u"object (%1)"_s.arg(v.toObject().size());
        default:
            return {};
        }
    }
    switch (v.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array:
    case QJsonValue::Object:
        return {};
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case 0:
        return tr("Key");
    case 1:
        return tr("Value");
    default:
        return tr("Type");
    }
}

} // namespace nd
