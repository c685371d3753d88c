#include "services/core/datastoreyaml.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include "services/core/printable.h"
#include "services/core/supportmatrix.h"

using namespace Qt::Literals::StringLiterals;

namespace DatastoreYaml {

namespace {

// The texts of the code below that is not a member of DatastoreYaml, for tr() and for lupdate alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DatastoreYaml)
};

struct TypeKeys
{
    StorageType type;
    const char *name;
    const char *schema;
    QStringList keys; // the type's own top-level keys, as the schema names them
};

const QList<TypeKeys> &types()
{
    static const QList<TypeKeys> all = {
        {StorageType::AzureBlob, "azure_blob", "azureBlob", {u"account_name"_s, u"container_name"_s, u"endpoint"_s, u"protocol"_s}},
        {StorageType::AzureFile, "azure_file", "azureFile", {u"account_name"_s, u"file_share_name"_s, u"endpoint"_s, u"protocol"_s}},
        {StorageType::AzureDataLakeGen1, "azure_data_lake_gen1", "azureDataLakeGen1", {u"store_name"_s}},
        {StorageType::AzureDataLakeGen2, "azure_data_lake_gen2", "azureDataLakeGen2",
         {u"account_name"_s, u"filesystem"_s, u"endpoint"_s, u"protocol"_s}},
    };
    return all;
}

const TypeKeys *keysOf(StorageType type)
{
    for (const TypeKeys &t : types()) {
        if (t.type == type)
            return &t;
    }
    return nullptr;
}

// The credential keys each kind writes, in the order Microsoft's examples give them.
QStringList credentialKeys(AuthKind kind)
{
    switch (kind) {
    case AuthKind::AccountKey: return {u"account_key"_s};
    case AuthKind::Sas: return {u"sas_token"_s};
    case AuthKind::ServicePrincipal:
        return {u"tenant_id"_s, u"client_id"_s, u"client_secret"_s, u"authority_url"_s, u"resource_url"_s};
    default: return {};
    }
}

// A value YAML would read as something other than this text (true, null, 12, 1e3, ~, a
// leading '*' …) is written quoted.
bool needsQuotes(const QString &value)
{
    static const QRegularExpression plain(u"^[A-Za-z_/][A-Za-z0-9_./:@+=-]*$"_s);
    static const QStringList special = {u"true"_s, u"false"_s, u"yes"_s, u"no"_s, u"on"_s, u"off"_s, u"null"_s, u"y"_s, u"n"_s};
    return value.isEmpty() || !plain.match(value).hasMatch() || special.contains(value.toLower());
}

void emitValue(YAML::Emitter &out, const QString &value)
{
    if (needsQuotes(value))
        out << YAML::DoubleQuoted;
    out << value.toStdString();
}

ApiError problem(const QString &source, int line, const QString &key, const QString &message)
{
    const QString where = line > 0 ? Text::tr("%1, line %2").arg(source).arg(line) : source;
    return ApiError::make(ApiError::Kind::InvalidInput, u"yaml.invalid"_s, Text::tr("%1: %2").arg(where, message), key);
}

int lineOf(const YAML::Node &node)
{
    return node.Mark().is_null() ? 0 : node.Mark().line + 1;
}

// The text of a scalar, or why it is not one.
std::optional<QString> scalar(const YAML::Node &node)
{
    if (!node.IsScalar())
        return std::nullopt;
    return QString::fromStdString(node.Scalar());
}

} // namespace

bool supports(StorageType type)
{
    return keysOf(type) != nullptr;
}

QString schemaUrl(StorageType type)
{
    const TypeKeys *t = keysOf(type);
    return t ? u"https://azuremlschemas.azureedge.net/latest/%1.schema.json"_s.arg(QLatin1StringView(t->schema)) : QString();
}

QString typeName(StorageType type)
{
    const TypeKeys *t = keysOf(type);
    return t ? QString::fromLatin1(t->name) : QString();
}

Result<Written> write(const SupportMatrix &matrix, const Datastore &ds, const SecretMap &secrets)
{
    const TypeKeys *t = keysOf(ds.type);
    if (!t) {
        return ApiError::make(ApiError::Kind::Unsupported, u"yaml.type"_s,
                              Text::tr("%1 datastores have no az ml YAML: the Azure ML CLI v2 knows Azure Blob, Azure File and ADLS Gen1 "
                                 "and Gen2 datastores only.").arg(matrix.type(ds.type).label));
    }
    Written w;
    YAML::Emitter out;
    out << YAML::BeginMap;
    out << YAML::Key << "$schema" << YAML::Value << schemaUrl(ds.type).toStdString();
    out << YAML::Key << "name" << YAML::Value;
    emitValue(out, ds.name);
    out << YAML::Key << "type" << YAML::Value << t->name;
    if (!ds.description.isEmpty()) {
        out << YAML::Key << "description" << YAML::Value;
        emitValue(out, ds.description);
    }
    for (const QString &key : t->keys) {
        if (const QString v = ds.field(key); !v.isEmpty()) {
            out << YAML::Key << key.toStdString() << YAML::Value;
            emitValue(out, v);
        }
    }
    // Fields the studio keeps that the schema has no key for stay out (az ml refuses unknown keys).
    for (auto it = ds.fields.begin(); it != ds.fields.end(); ++it) {
        if (!t->keys.contains(it.key()) && !credentialKeys(ds.auth).contains(it.key()) && !it.value().isEmpty())
            w.leftOut << Text::tr("'%1' is the studio's own field; az ml has no key for it.").arg(it.key());
    }
    const QStringList credentials = credentialKeys(ds.auth);
    QStringList missingSecrets;
    bool any = false;
    for (const QString &key : credentials) {
        const FieldSpec *f = matrix.type(ds.type).field(key, ds.auth);
        const QString value = f && f->secret ? secrets.value(key) : ds.field(key);
        if (value.isEmpty()) {
            if (f && f->secret)
                missingSecrets << key;
            continue;
        }
        if (!any) {
            out << YAML::Key << "credentials" << YAML::Value << YAML::BeginMap;
            any = true;
        }
        out << YAML::Key << key.toStdString() << YAML::Value;
        emitValue(out, value);
    }
    if (any)
        out << YAML::EndMap;
    if (!ds.tags.isEmpty()) {
        out << YAML::Key << "tags" << YAML::Value << YAML::BeginMap;
        for (auto it = ds.tags.begin(); it != ds.tags.end(); ++it) {
            out << YAML::Key;
            emitValue(out, it.key());
            out << YAML::Value;
            emitValue(out, it.value());
        }
        out << YAML::EndMap;
    }
    out << YAML::EndMap;
    if (!out.good())
        return ApiError::make(ApiError::Kind::InvalidInput, u"yaml.write"_s, Text::tr("The YAML could not be written: %1").arg(QString::fromStdString(out.GetLastError())));
    QByteArray text = QByteArray(out.c_str()) + '\n';
    if (!missingSecrets.isEmpty()) {
        const QString how = Text::tr("left out: %1 (%2 authentication). Give it when registering this file: dsstudio datastore register "
                               "--file FILE --auth %2 --secret-stdin")
                                .arg(missingSecrets.join(u", "_s), StorageTypes::id(ds.auth));
        text.prepend("# " + how.toUtf8() + '\n');
        w.leftOut.prepend(Text::tr("The secret %1 is not in the file.").arg(missingSecrets.join(u", "_s)));
    }
    w.text = text;
    return w;
}

Result<Parsed> read(const SupportMatrix &matrix, const QByteArray &text, const QString &source)
{
    YAML::Node root;
    try {
        root = YAML::Load(text.toStdString());
    } catch (const YAML::Exception &e) {
        return problem(source, e.mark.is_null() ? 0 : e.mark.line + 1, {},
                       Text::tr("this is not valid YAML (%1).").arg(QString::fromStdString(e.msg)));
    }
    if (!root.IsMap())
        return problem(source, lineOf(root), {}, Text::tr("the file must hold one datastore: a mapping of keys (name, type, …)."));
    Parsed p;
    // The type first: the other keys are checked against it.
    const YAML::Node typeNode = root["type"];
    if (!typeNode)
        return problem(source, 0, u"type"_s, Text::tr("'type' is missing: one of azure_blob, azure_file, azure_data_lake_gen1, azure_data_lake_gen2."));
    const std::optional<QString> typeText = scalar(typeNode);
    const TypeKeys *t = nullptr;
    for (const TypeKeys &candidate : types()) {
        if (typeText && *typeText == QLatin1StringView(candidate.name))
            t = &candidate;
    }
    if (!t) {
        return problem(source, lineOf(typeNode), u"type"_s,
                       Text::tr("'type' is '%1'; az ml datastore YAML knows azure_blob, azure_file, azure_data_lake_gen1 and "
                          "azure_data_lake_gen2.").arg(Printable::line(typeText.value_or(Text::tr("(not text)")), 60)));
    }
    p.datastore.type = t->type;
    p.lines.insert(u"type"_s, lineOf(typeNode));
    const StorageTypeSpec &spec = matrix.type(t->type);
    QStringList known = {u"$schema"_s, u"name"_s, u"type"_s, u"description"_s, u"tags"_s, u"credentials"_s};
    known << t->keys;
    YAML::Node credentials;
    for (auto it = root.begin(); it != root.end(); ++it) {
        const std::optional<QString> keyText = scalar(it->first);
        const int line = lineOf(it->first);
        if (!keyText)
            return problem(source, line, {}, Text::tr("a key must be text."));
        const QString key = *keyText;
        if (!known.contains(key)) {
            return problem(source, line, key, Text::tr("unknown key '%1' for an %2 datastore; the keys are %3.")
                                                  .arg(Printable::line(key, 60), QLatin1StringView(t->name), known.join(u", "_s)));
        }
        p.lines.insert(key, line);
        const YAML::Node value = it->second; // a copy: the iterator hands out a temporary
        if (key == u"type"_s)
            continue;
        if (value.IsNull())
            continue; // "key:" with nothing: not given
        if (key == u"credentials"_s) {
            if (!value.IsMap())
                return problem(source, lineOf(value), key, Text::tr("'credentials' must be a mapping (account_key: …, or tenant_id: … and the rest)."));
            credentials = value;
            p.hasCredentials = true;
            continue;
        }
        if (key == u"tags"_s) {
            if (!value.IsMap())
                return problem(source, lineOf(value), key, Text::tr("'tags' must be a mapping of names to text."));
            for (auto tag = value.begin(); tag != value.end(); ++tag) {
                const std::optional<QString> name = scalar(tag->first);
                const std::optional<QString> text = tag->second.IsNull() ? std::optional<QString>(QString()) : scalar(tag->second);
                if (!name || name->isEmpty() || !text)
                    return problem(source, lineOf(tag->first), key, Text::tr("every tag must be a name with a text value."));
                p.datastore.tags.insert(*name, *text);
            }
            continue;
        }
        const std::optional<QString> v = scalar(value);
        if (!v)
            return problem(source, lineOf(value), key, Text::tr("'%1' must be text, not a list or a mapping.").arg(key));
        if (key == u"name"_s)
            p.datastore.name = *v;
        else if (key == u"description"_s)
            p.datastore.description = *v;
        else if (key != u"$schema"_s)
            p.datastore.fields.insert(key, *v);
    }
    // The credential kind from its keys: a key or a SAS token, a service principal, or none.
    p.datastore.auth = AuthKind::None;
    if (credentials) {
        QMap<QString, QString> given;
        for (auto it = credentials.begin(); it != credentials.end(); ++it) {
            const std::optional<QString> key = scalar(it->first);
            const std::optional<QString> value = it->second.IsNull() ? std::optional<QString>(QString()) : scalar(it->second);
            const QString name = key.value_or(QString());
            const int line = lineOf(it->first);
            QStringList all;
            for (AuthKind k : {AuthKind::AccountKey, AuthKind::Sas, AuthKind::ServicePrincipal})
                all << credentialKeys(k);
            all.removeDuplicates();
            if (!key || !all.contains(name))
                return problem(source, line, u"credentials"_s, Text::tr("unknown key 'credentials.%1'; the keys are %2.").arg(Printable::line(name, 60), all.join(u", "_s)));
            if (!value)
                return problem(source, lineOf(it->second), u"credentials."_s + name, Text::tr("'credentials.%1' must be text.").arg(name));
            p.lines.insert(u"credentials."_s + name, line);
            if (!value->isEmpty())
                given.insert(name, *value);
        }
        for (AuthKind k : {AuthKind::AccountKey, AuthKind::Sas, AuthKind::ServicePrincipal}) {
            const QStringList keys = credentialKeys(k);
            if (std::any_of(keys.begin(), keys.end(), [&given](const QString &key) { return given.contains(key); })) {
                if (p.datastore.auth != AuthKind::None)
                    return problem(source, p.line(u"credentials"_s), u"credentials"_s,
                                   Text::tr("'credentials' mixes %1 and %2: give one kind of credential.")
                                       .arg(StorageTypes::id(p.datastore.auth), StorageTypes::id(k)));
                p.datastore.auth = k;
            }
        }
        for (auto it = given.begin(); it != given.end(); ++it) {
            const FieldSpec *f = spec.field(it.key(), p.datastore.auth);
            if (f && f->secret)
                p.secrets.insert(it.key(), it.value());
            else
                p.datastore.fields.insert(it.key(), it.value());
        }
    }
    if (p.datastore.name.isEmpty())
        return problem(source, p.line(u"name"_s), u"name"_s, Text::tr("'name' is missing: the datastore name."));
    return p;
}

} // namespace DatastoreYaml
