#include "services/workspace/azuremlmapping.h"

#include <QCoreApplication>

#include "services/core/jsonvalues.h"
#include "services/core/printable.h"
#include "services/net/httpclient.h"
#include "services/workspace/workspacerules.h"

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace AzureMlMapping {

namespace {

// The texts of the code below that is not a member of AzureMlMapping, for tr() and for lupdate alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AzureMlMapping)
};

// Matrix field id <-> service member, per type.
struct FieldName
{
    const char *id;
    const char *json;
};

QList<FieldName> armFields(StorageType type)
{
    switch (type) {
    case StorageType::AzureBlob:
        return {{"account_name", "accountName"}, {"container_name", "containerName"}, {"endpoint", "endpoint"}, {"protocol", "protocol"}};
    case StorageType::AzureFile:
        return {{"account_name", "accountName"}, {"file_share_name", "fileShareName"}, {"endpoint", "endpoint"}, {"protocol", "protocol"}};
    case StorageType::AzureDataLakeGen2:
        return {{"account_name", "accountName"}, {"filesystem", "filesystem"}, {"endpoint", "endpoint"}, {"protocol", "protocol"}};
    case StorageType::AzureDataLakeGen1:
        return {{"store_name", "storeName"}};
    default:
        return {};
    }
}

QList<FieldName> v1Fields(StorageType type)
{
    switch (type) {
    case StorageType::AzureSqlDatabase:
    case StorageType::AzureMySql:
    case StorageType::AzurePostgreSql:
        return {{"server_name", "serverName"}, {"database_name", "databaseName"}, {"endpoint", "endpoint"}, {"port", "portNumber"}};
    default:
        return {};
    }
}

const char *v1Section(StorageType type)
{
    switch (type) {
    case StorageType::AzureSqlDatabase: return "azureSqlDatabaseSection";
    case StorageType::AzurePostgreSql: return "azurePostgreSqlSection";
    case StorageType::AzureMySql: return "azureMySqlSection";
    default: return nullptr;
    }
}

const QList<FieldName> SqlAuthFields = {{"user_id", "userId"}, {"user_password", "userPassword"}};
const QList<FieldName> V1PrincipalFields = {{"tenant_id", "tenantId"}, {"client_id", "clientId"}, {"client_secret", "clientSecret"},
                                            {"resource_url", "resourceUri"}, {"authority_url", "authorityUrl"}};

std::string str(const QString &s)
{
    return s.toStdString();
}

// A string member, or empty (null, absent, GUID-typed "unset" values). What the service
// says is shown, never obeyed: control characters come back escaped, the length bounded.
QString text(const json &object, const char *name)
{
    const QString value = JsonValues::string(object, name);
    if (value == u"00000000-0000-0000-0000-000000000000"_s)
        return {};
    return Printable::isClean(value) && value.size() <= 4096 ? value : Printable::line(value, 4096);
}

// A secret member as sent: never shown, so nothing is escaped.
QString secretText(const json &object, const char *name)
{
    return JsonValues::string(object, name);
}

// ARM's timestamps, "2020-01-01T12:34:56.999Z" (fraction optional, up to 7 digits), read
// without Qt's general ISO parser (a list of 1,000 has 2,000 of them); anything else goes
// to that parser.
QDateTime timestamp(const json &object, const char *name)
{
    if (!object.is_object() || !object.contains(name) || !object[name].is_string())
        return {};
    const std::string &t = object[name].get_ref<const std::string &>();
    const auto digits = [&t](size_t at, size_t count, int *out) {
        int v = 0;
        for (size_t i = at; i < at + count; ++i) {
            if (i >= t.size() || t[i] < '0' || t[i] > '9')
                return false;
            v = v * 10 + (t[i] - '0');
        }
        *out = v;
        return true;
    };
    int y, mo, d, h, mi, sec, ms = 0;
    if (t.size() >= 20 && digits(0, 4, &y) && t[4] == '-' && digits(5, 2, &mo) && t[7] == '-' && digits(8, 2, &d) && t[10] == 'T'
        && digits(11, 2, &h) && t[13] == ':' && digits(14, 2, &mi) && t[16] == ':' && digits(17, 2, &sec)) {
        size_t at = 19;
        if (t[at] == '.') {
            size_t n = 0;
            ++at;
            while (at < t.size() && t[at] >= '0' && t[at] <= '9') {
                if (n < 3)
                    ms = ms * 10 + (t[at] - '0');
                ++n;
                ++at;
            }
            for (size_t k = n; k < 3; ++k)
                ms *= 10;
        }
        if (at + 1 == t.size() && t[at] == 'Z') {
            const QDate date(y, mo, d);
            const QTime time(h, mi, sec, ms);
            if (date.isValid() && time.isValid())
                return QDateTime(date, time, Qt::UTC);
        }
    }
    return QDateTime::fromString(QString::fromStdString(t), Qt::ISODateWithMs);
}

ApiError parseError(const QString &what)
{
    return ApiError::make(ApiError::Kind::Parse, u"azureml.bad_answer"_s, Text::tr("The workspace's answer could not be read: %1.").arg(what));
}

const StorageTypeSpec *typeBy(const SupportMatrix &matrix, const QString &wireType, bool v2)
{
    for (const StorageTypeSpec &t : matrix.types()) {
        if (!wireType.isEmpty() && (v2 ? t.v2Type : t.v1Type) == wireType)
            return &t;
    }
    return nullptr;
}

void finishRecord(const StorageTypeSpec &type, Datastore &ds)
{
    ds.type = type.type;
    ds.isSystem = WorkspaceRules::isSystemName(ds.name);
    if (const AuthSpec *auth = type.authSpec(ds.auth)) {
        for (const FieldSpec &f : auth->secretFields())
            ds.storedSecrets.append(f.id);
    }
}

// The deepest "message" of an ARM / v1 error object (details[0] and innerError nest).
void deepest(const json &error, QString *code, QString *message, int depth = 0)
{
    if (!error.is_object() || depth > 8)
        return;
    if (const QString c = text(error, "code"); !c.isEmpty())
        *code = c;
    if (const QString m = text(error, "message"); !m.isEmpty())
        *message = m;
    if (error.contains("details") && error["details"].is_array() && !error["details"].empty())
        deepest(error["details"][0], code, message, depth + 1);
}

} // namespace

bool isServiceName(const QString &name)
{
    if (name.isEmpty() || name.size() > 255)
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name.at(i).unicode();
        const bool alnum = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
        if (!alnum && (i == 0 || (c != u'-' && c != u'_')))
            return false;
    }
    return true;
}

Api apiFor(StorageType type)
{
    return armFields(type).isEmpty() ? Api::V1 : Api::V2;
}

QString apiLabel(Api api)
{
    return api == Api::V2 ? Text::tr("ARM v2") : Text::tr("v1 datastore service");
}

json toArm(const Datastore &ds, const SecretMap &secrets, const json &previous)
{
    json props = json::object();
    // What the studio does not edit survives an update (PUT replaces the whole resource).
    for (const char *keep : {"description", "tags", "properties", "serviceDataAccessAuthIdentity", "subscriptionId", "resourceGroup"}) {
        if (previous.is_object() && previous.contains(keep) && !previous[keep].is_null())
            props[keep] = previous[keep];
    }
    static const QMap<StorageType, const char *> types = {{StorageType::AzureBlob, "AzureBlob"}, {StorageType::AzureFile, "AzureFile"},
                                                          {StorageType::AzureDataLakeGen1, "AzureDataLakeGen1"},
                                                          {StorageType::AzureDataLakeGen2, "AzureDataLakeGen2"}};
    // The record's own description and tags (from the studio or an az ml YAML file) win.
    if (!ds.description.isEmpty())
        props["description"] = str(ds.description);
    if (!ds.tags.isEmpty()) {
        json tags = json::object();
        for (auto it = ds.tags.begin(); it != ds.tags.end(); ++it)
            tags[str(it.key())] = str(it.value());
        props["tags"] = tags;
    }
    props["datastoreType"] = types.value(ds.type, "");
    for (const FieldName &f : armFields(ds.type)) {
        const QString value = ds.field(QString::fromLatin1(f.id));
        if (!value.isEmpty())
            props[f.json] = str(value);
    }
    json credentials;
    switch (ds.auth) {
    case AuthKind::AccountKey:
        credentials = {{"credentialsType", "AccountKey"}, {"secrets", {{"secretsType", "AccountKey"}, {"key", str(secrets.value(u"account_key"_s))}}}};
        break;
    case AuthKind::Sas:
        credentials = {{"credentialsType", "Sas"}, {"secrets", {{"secretsType", "Sas"}, {"sasToken", str(secrets.value(u"sas_token"_s))}}}};
        break;
    case AuthKind::ServicePrincipal:
        credentials = {{"credentialsType", "ServicePrincipal"},
                       {"tenantId", str(ds.field(u"tenant_id"_s))},
                       {"clientId", str(ds.field(u"client_id"_s))},
                       {"secrets", {{"secretsType", "ServicePrincipal"}, {"clientSecret", str(secrets.value(u"client_secret"_s))}}}};
        if (!ds.field(u"authority_url"_s).isEmpty())
            credentials["authorityUrl"] = str(ds.field(u"authority_url"_s));
        if (!ds.field(u"resource_url"_s).isEmpty())
            credentials["resourceUrl"] = str(ds.field(u"resource_url"_s));
        break;
    case AuthKind::Sql:
    case AuthKind::None:
        credentials = {{"credentialsType", "None"}};
        break;
    }
    props["credentials"] = credentials;
    return {{"properties", props}};
}

Result<Datastore> fromArm(const SupportMatrix &matrix, const json &resource)
{
    if (!resource.is_object() || !resource.contains("properties") || !resource["properties"].is_object())
        return parseError(Text::tr("a datastore without \"properties\""));
    const json &p = resource["properties"];
    Datastore ds;
    ds.name = text(resource, "name");
    if (!isServiceName(ds.name))
        return parseError(Text::tr("a datastore without a name the service could have given (%1)").arg(Printable::line(ds.name, 80)));
    ds.origin = u"arm"_s;
    const QString wireType = text(p, "datastoreType");
    const StorageTypeSpec *type = typeBy(matrix, wireType, true);
    if (!type || apiFor(type->type) != Api::V2) {
        return ApiError::make(ApiError::Kind::Unsupported, u"azureml.unknown_type"_s,
                              Text::tr("Datastore '%1' is of type '%2', which the studio does not handle.")
                                  .arg(Printable::line(ds.name, 255), Printable::line(wireType, 60)));
    }
    for (const FieldName &f : armFields(type->type)) {
        if (const QString v = text(p, f.json); !v.isEmpty())
            ds.fields.insert(QString::fromLatin1(f.id), v);
    }
    const json credentials = p.contains("credentials") ? p["credentials"] : json();
    const QString kind = text(credentials, "credentialsType");
    if (kind == u"AccountKey"_s) {
        ds.auth = AuthKind::AccountKey;
    } else if (kind == u"Sas"_s) {
        ds.auth = AuthKind::Sas;
    } else if (kind == u"ServicePrincipal"_s) {
        ds.auth = AuthKind::ServicePrincipal;
        for (const auto &[id, name] : {std::pair{"tenant_id", "tenantId"}, {"client_id", "clientId"}, {"authority_url", "authorityUrl"},
                                       {"resource_url", "resourceUrl"}}) {
            if (const QString v = text(credentials, name); !v.isEmpty())
                ds.fields.insert(QString::fromLatin1(id), v);
        }
    } else if (kind == u"None"_s) {
        ds.auth = AuthKind::None;
    } else {
        return ApiError::make(ApiError::Kind::Unsupported, u"azureml.unknown_credential"_s,
                              Text::tr("Datastore '%1' uses credentials of kind '%2', which the studio does not handle.")
                                  .arg(Printable::line(ds.name, 255), Printable::line(kind.isEmpty() ? Text::tr("(none given)") : kind, 60)));
    }
    ds.isDefault = p.contains("isDefault") && p["isDefault"].is_boolean() && p["isDefault"].get<bool>();
    ds.description = text(p, "description");
    if (p.contains("tags") && p["tags"].is_object()) {
        for (const auto &[key, value] : p["tags"].items()) {
            if (value.is_string())
                ds.tags.insert(QString::fromStdString(key), QString::fromStdString(value.get<std::string>()));
        }
    }
    if (resource.contains("systemData")) {
        ds.createdAt = timestamp(resource["systemData"], "createdAt");
        ds.modifiedAt = timestamp(resource["systemData"], "lastModifiedAt");
    }
    finishRecord(*type, ds);
    return ds;
}

Result<SecretMap> secretsFromArm(const Datastore &ds, const json &secrets)
{
    const QString kind = text(secrets, "secretsType");
    SecretMap out;
    const auto take = [&](const char *member, const QString &field) -> bool {
        if (!secrets.contains(member) || !secrets[member].is_string())
            return false;
        out.insert(field, secretText(secrets, member));
        return true;
    };
    bool ok = false;
    switch (ds.auth) {
    case AuthKind::AccountKey: ok = kind == u"AccountKey"_s && take("key", u"account_key"_s); break;
    case AuthKind::Sas: ok = kind == u"Sas"_s && take("sasToken", u"sas_token"_s); break;
    case AuthKind::ServicePrincipal: ok = kind == u"ServicePrincipal"_s && take("clientSecret", u"client_secret"_s); break;
    case AuthKind::Sql:
    case AuthKind::None: ok = true; break;
    }
    if (!ok)
        return parseError(Text::tr("the secrets of '%1' are not of kind %2").arg(ds.name, StorageTypes::id(ds.auth)));
    return out;
}

json toV1(const Datastore &ds, const SecretMap &secrets, const json &previous)
{
    json dto = previous.is_object() ? previous : json::object();
    for (const char *readOnly : {"hasBeenValidated", "createdTime", "modifiedTime", "createdBy", "modifiedBy"})
        dto.erase(readOnly);
    dto["name"] = str(ds.name);
    static const QMap<StorageType, const char *> types = {{StorageType::AzureSqlDatabase, "AzureSqlDatabase"},
                                                          {StorageType::AzurePostgreSql, "AzurePostgreSql"},
                                                          {StorageType::AzureMySql, "AzureMySql"},
                                                          {StorageType::Dbfs, "DBFS"}};
    dto["dataStoreType"] = types.value(ds.type, "");
    const char *sectionName = v1Section(ds.type);
    if (!sectionName)
        return dto;
    json section = dto.contains(sectionName) && dto[sectionName].is_object() ? dto[sectionName] : json::object();
    for (const FieldName &f : v1Fields(ds.type)) {
        const QString v = ds.field(QString::fromLatin1(f.id));
        if (v.isEmpty())
            section.erase(f.json);
        else
            section[f.json] = str(v);
    }
    if (ds.type == StorageType::AzurePostgreSql)
        section["enableSsl"] = ds.field(u"enforce_ssl"_s) != u"false"_s;
    // One credential at a time: the other kind's members go.
    for (const FieldName &f : SqlAuthFields + V1PrincipalFields)
        section.erase(f.json);
    const QList<FieldName> &auth = ds.auth == AuthKind::ServicePrincipal ? V1PrincipalFields : SqlAuthFields;
    for (const FieldName &f : auth) {
        const QString id = QString::fromLatin1(f.id);
        const QString v = secrets.contains(id) ? secrets.value(id) : ds.field(id);
        if (!v.isEmpty())
            section[f.json] = str(v);
    }
    if (ds.type == StorageType::AzureSqlDatabase)
        section["credentialType"] = ds.auth == AuthKind::ServicePrincipal ? "ServicePrincipal" : "SqlAuthentication";
    dto[sectionName] = section;
    return dto;
}

Result<Datastore> fromV1(const SupportMatrix &matrix, const json &dto, SecretMap *secrets)
{
    Datastore ds;
    ds.name = text(dto, "name");
    if (!isServiceName(ds.name))
        return parseError(Text::tr("a v1 datastore without a name the service could have given (%1)").arg(Printable::line(ds.name, 80)));
    ds.origin = u"v1"_s;
    const QString wireType = text(dto, "dataStoreType");
    const StorageTypeSpec *type = typeBy(matrix, wireType, false);
    if (!type || apiFor(type->type) != Api::V1) {
        return ApiError::make(ApiError::Kind::Unsupported, u"azureml.unknown_type"_s,
                              Text::tr("Datastore '%1' is of type '%2', which the v1 service does not hold for the studio.")
                                  .arg(Printable::line(ds.name, 255), Printable::line(wireType, 60)));
    }
    ds.auth = type->type == StorageType::Dbfs ? AuthKind::None : AuthKind::Sql;
    if (const char *sectionName = v1Section(type->type)) {
        if (!dto.contains(sectionName) || !dto[sectionName].is_object())
            return parseError(Text::tr("datastore '%1' has no \"%2\"").arg(ds.name, QLatin1StringView(sectionName)));
        const json &section = dto[sectionName];
        for (const FieldName &f : v1Fields(type->type)) {
            if (const QString v = text(section, f.json); !v.isEmpty())
                ds.fields.insert(QString::fromLatin1(f.id), v);
        }
        // enableSsl defaults to true (REFERENCE 5.3): absent, or not a boolean, it reads as that default,
        // so the record says what the service does, and writing it back changes nothing.
        if (type->type == StorageType::AzurePostgreSql) {
            const bool ssl = !section.contains("enableSsl") || !section["enableSsl"].is_boolean() || section["enableSsl"].get<bool>();
            ds.fields.insert(u"enforce_ssl"_s, ssl ? u"true"_s : u"false"_s);
        }
        const QString credentialType = text(section, "credentialType");
        const bool principal = credentialType == u"ServicePrincipal"_s || (credentialType.isEmpty() && !text(section, "clientId").isEmpty());
        ds.auth = principal ? AuthKind::ServicePrincipal : AuthKind::Sql;
        const AuthSpec *auth = type->authSpec(ds.auth);
        for (const FieldName &f : principal ? V1PrincipalFields : SqlAuthFields) {
            const QString id = QString::fromLatin1(f.id);
            bool secret = false;
            if (auth) {
                for (const FieldSpec &spec : auth->fields)
                    secret = secret || (spec.id == id && spec.secret);
            }
            const QString v = secret ? secretText(section, f.json) : text(section, f.json);
            if (v.isEmpty())
                continue;
            if (!secret)
                ds.fields.insert(id, v);
            else if (secrets)
                secrets->insert(id, v);
        }
    }
    ds.createdAt = timestamp(dto, "createdTime");
    ds.modifiedAt = timestamp(dto, "modifiedTime");
    finishRecord(*type, ds);
    return ds;
}

ApiError errorFrom(const HttpResponse &response, const QString &what)
{
    QString code;
    QString message;
    const QByteArray body = response.body.trimmed();
    const auto j = json::parse(body.begin(), body.end(), nullptr, false);
    if (!j.is_discarded() && j.is_object() && j.contains("error")) {
        deepest(j["error"], &code, &message);
        // v1: innerError { code, innerError { code } } names the precise cause.
        const json *inner = j["error"].is_object() && j["error"].contains("innerError") ? &j["error"]["innerError"] : nullptr;
        for (int depth = 0; inner && inner->is_object() && depth < 8; ++depth) {
            if (const QString c = text(*inner, "code"); !c.isEmpty())
                code = c;
            inner = inner->contains("innerError") ? &(*inner)["innerError"] : nullptr;
        }
    }
    message = Printable::line(message, 600);
    code = Printable::line(code, 100);
    ApiError::Kind kind = ApiError::Kind::Http;
    if (response.status == 401 || response.status == 403)
        kind = ApiError::Kind::Auth;
    else if (response.status == 404)
        kind = ApiError::Kind::NotFound;
    else if (response.status == 409)
        kind = ApiError::Kind::Conflict;
    else if (response.status == 400)
        kind = ApiError::Kind::InvalidInput;
    QString text = Text::tr("%1: HTTP %2").arg(what).arg(response.status);
    if (!code.isEmpty())
        text += u' ' + code;
    if (!message.isEmpty())
        text += u" — "_s + message;
    if (!response.requestId.isEmpty())
        text += Text::tr(" (client request id %1)").arg(QString::fromLatin1(response.requestId));
    QString detail = response.where;
    if (const QByteArray correlation = response.header("x-ms-correlation-request-id"); !correlation.isEmpty())
        detail += u"; correlation id "_s + Printable::line(QString::fromLatin1(correlation), 80);
    ApiError e = ApiError::make(kind, code.isEmpty() ? u"http.%1"_s.arg(response.status) : code, text, {}, detail);
    e.httpStatus = response.status;
    return e;
}

} // namespace AzureMlMapping
