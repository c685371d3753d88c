#include "fakeazuremlserver.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {

const QString ApiVersion = u"2025-12-01"_s;
const QString Provider = u"/providers/Microsoft.MachineLearningServices/workspaces/"_s;

std::string s(const QString &v)
{
    return v.toStdString();
}

QByteArray dump(const json &j)
{
    return QByteArray::fromStdString(j.dump());
}

bool matches(const QString &value, const char *pattern)
{
    return QRegularExpression(u"^(?:"_s + QString::fromLatin1(pattern) + u")$"_s).match(value).hasMatch();
}

const char *Uuid = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

// One member of a schema: its JSON type and rules.
struct Member
{
    enum Type { String, Object, Bool };
    Type type = String;
    bool required = false;
    bool nullable = true;
    const char *pattern = nullptr; // spec "pattern" ([a-zA-Z0-9_]: not blank) or a format
    QStringList allowed;           // an enum
};
using Schema = QMap<QString, Member>;

Member str(bool required = false, const char *pattern = nullptr)
{
    Member m;
    m.required = required;
    m.nullable = !required;
    m.pattern = pattern;
    return m;
}

Member enumOf(QStringList values, bool required = false)
{
    Member m;
    m.required = required;
    m.nullable = false;
    m.allowed = std::move(values);
    return m;
}

Member boolean()
{
    Member m;
    m.type = Member::Bool;
    return m;
}

Member obj(bool required = false)
{
    Member m;
    m.type = Member::Object;
    m.required = required;
    m.nullable = !required;
    return m;
}

// Empty when `object` has exactly the schema's members with the right types, else why not.
QString checkAgainst(const json &object, const Schema &schema, const QString &where)
{
    if (!object.is_object())
        return where + u" must be an object"_s;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = QString::fromStdString(it.key());
        if (!schema.contains(key))
            return where + u"."_s + key + u" is not a member of this schema"_s;
        const Member &m = schema[key];
        const json &v = it.value();
        if (v.is_null()) {
            if (!m.nullable)
                return where + u"."_s + key + u" may not be null"_s;
            continue;
        }
        if (m.type == Member::Object && !v.is_object())
            return where + u"."_s + key + u" must be an object"_s;
        if (m.type == Member::Bool && !v.is_boolean())
            return where + u"."_s + key + u" must be a boolean"_s;
        if (m.type == Member::String) {
            if (!v.is_string())
                return where + u"."_s + key + u" must be a string"_s;
            const QString text = QString::fromStdString(v.get<std::string>());
            if (!m.allowed.isEmpty() && !m.allowed.contains(text))
                return where + u"."_s + key + u" must be one of "_s + m.allowed.join(u", "_s);
            if (m.pattern && QString::fromLatin1(m.pattern) == u"[a-zA-Z0-9_]"_s && !text.contains(QRegularExpression(u"[a-zA-Z0-9_]"_s)))
                return where + u"."_s + key + u" must not be blank"_s;
            if (m.pattern && QString::fromLatin1(m.pattern) != u"[a-zA-Z0-9_]"_s && !matches(text, m.pattern))
                return where + u"."_s + key + u" does not match "_s + QString::fromLatin1(m.pattern);
        }
    }
    for (auto it = schema.cbegin(); it != schema.cend(); ++it) {
        if (it->required && (!object.contains(s(it.key())) || object[s(it.key())].is_null()))
            return where + u"."_s + it.key() + u" is required"_s;
    }
    return {};
}

const QStringList Identity = {u"None"_s, u"WorkspaceSystemAssignedIdentity"_s, u"WorkspaceUserAssignedIdentity"_s};

Schema datastoreSchema(const QString &type)
{
    Schema base = {{u"description"_s, str()}, {u"tags"_s, obj()}, {u"properties"_s, obj()}, {u"credentials"_s, obj(true)},
                   {u"datastoreType"_s, enumOf({u"AzureBlob"_s, u"AzureDataLakeGen1"_s, u"AzureDataLakeGen2"_s, u"AzureFile"_s, u"OneLake"_s}, true)}};
    // isDefault is read-only: a client that sends it thinks it can set the default here.
    const Schema azure = {{u"resourceGroup"_s, str()}, {u"subscriptionId"_s, str()}};
    const auto add = [&](const Schema &more) {
        for (auto it = more.cbegin(); it != more.cend(); ++it)
            base.insert(it.key(), it.value());
    };
    if (type == u"AzureBlob"_s) {
        add(azure);
        add({{u"accountName"_s, str()}, {u"containerName"_s, str()}, {u"endpoint"_s, str()}, {u"protocol"_s, str()},
             {u"serviceDataAccessAuthIdentity"_s, enumOf(Identity)}});
    } else if (type == u"AzureFile"_s) {
        add(azure);
        add({{u"accountName"_s, str(true, "[a-zA-Z0-9_]")}, {u"fileShareName"_s, str(true, "[a-zA-Z0-9_]")}, {u"endpoint"_s, str()},
             {u"protocol"_s, str()}, {u"serviceDataAccessAuthIdentity"_s, enumOf(Identity)}});
    } else if (type == u"AzureDataLakeGen2"_s) {
        add(azure);
        add({{u"accountName"_s, str(true, "[a-zA-Z0-9_]")}, {u"filesystem"_s, str(true, "[a-zA-Z0-9_]")}, {u"endpoint"_s, str()},
             {u"protocol"_s, str()}, {u"serviceDataAccessAuthIdentity"_s, enumOf(Identity)}});
    } else if (type == u"AzureDataLakeGen1"_s) {
        add(azure);
        add({{u"storeName"_s, str(true, "[a-zA-Z0-9_]")}, {u"serviceDataAccessAuthIdentity"_s, enumOf(Identity)}});
    }
    return base;
}

Schema credentialsSchema(const QString &kind)
{
    Schema base = {{u"credentialsType"_s, enumOf({u"AccountKey"_s, u"Certificate"_s, u"None"_s, u"Sas"_s, u"ServicePrincipal"_s}, true)}};
    if (kind == u"AccountKey"_s || kind == u"Sas"_s) {
        base.insert(u"secrets"_s, obj(true));
    } else if (kind == u"ServicePrincipal"_s || kind == u"Certificate"_s) {
        base.insert(u"secrets"_s, obj(true));
        base.insert(u"tenantId"_s, str(true, Uuid));
        base.insert(u"clientId"_s, str(true, Uuid));
        base.insert(u"authorityUrl"_s, str());
        base.insert(u"resourceUrl"_s, str());
        if (kind == u"Certificate"_s)
            base.insert(u"thumbprint"_s, str(true, "[a-zA-Z0-9_]"));
    }
    return base;
}

Schema secretsSchema(const QString &kind)
{
    Schema base = {{u"secretsType"_s, enumOf({kind}, true)}};
    if (kind == u"AccountKey"_s)
        base.insert(u"key"_s, str());
    else if (kind == u"Sas"_s)
        base.insert(u"sasToken"_s, str());
    else if (kind == u"ServicePrincipal"_s)
        base.insert(u"clientSecret"_s, str());
    else if (kind == u"Certificate"_s)
        base.insert(u"certificate"_s, str());
    return base;
}

// REFERENCE.md 4.4: which credential kinds each storage type takes.
bool credentialFits(const QString &type, const QString &kind)
{
    if (kind == u"None"_s)
        return true;
    if (kind == u"AccountKey"_s || kind == u"Sas"_s)
        return type == u"AzureBlob"_s || type == u"AzureFile"_s || type == u"AzureDataLakeGen2"_s;
    return type == u"AzureBlob"_s || type == u"AzureDataLakeGen1"_s || type == u"AzureDataLakeGen2"_s;
}

// The write-only secret members, reduced to their kind in answers.
json withoutSecrets(json props)
{
    if (props.contains("credentials") && props["credentials"].contains("secrets"))
        props["credentials"]["secrets"] = {{"secretsType", props["credentials"]["secrets"].value("secretsType", "")}};
    return props;
}

const QStringList V1Secrets = {u"userPassword"_s, u"clientSecret"_s, u"credential"_s, u"accountKey"_s, u"sasToken"_s, u"certificate"_s};

} // namespace

FakeAzureMlServer::FakeAzureMlServer(QObject *parent)
    : QObject(parent), m_http(std::make_unique<TestHttpServer>([this](const Request &r) { return handle(r); }))
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Entry blob;
    blob.body = {{"datastoreType", "AzureBlob"},   {"accountName", "amlworkspace1234"}, {"containerName", "azureml-blobstore-0001"},
                 {"endpoint", "core.windows.net"}, {"protocol", "https"},
                 {"credentials", {{"credentialsType", "AccountKey"}, {"secrets", {{"secretsType", "AccountKey"}, {"key", "c3lzdGVta2V5"}}}}}};
    blob.created = blob.modified = now;
    Entry file = blob;
    file.body = {{"datastoreType", "AzureFile"},   {"accountName", "amlworkspace1234"}, {"fileShareName", "code-0001"},
                 {"endpoint", "core.windows.net"}, {"protocol", "https"},
                 {"credentials", {{"credentialsType", "AccountKey"}, {"secrets", {{"secretsType", "AccountKey"}, {"key", "c3lzdGVta2V5"}}}}}};
    m_datastores.insert(u"workspaceblobstore"_s, blob);
    m_datastores.insert(u"workspacefilestore"_s, file);
    m_default = u"workspaceblobstore"_s;
}

FakeAzureMlServer::~FakeAzureMlServer() = default;

bool FakeAzureMlServer::start()
{
    return m_http->start();
}

QStringList FakeAzureMlServer::names() const
{
    return m_datastores.keys();
}

json FakeAzureMlServer::stored(const QString &name) const
{
    return m_datastores.value(name).body;
}

void FakeAzureMlServer::seedBlobDatastores(const QString &prefix, int count)
{
    Entry e = m_datastores.value(u"workspaceblobstore"_s);
    for (int i = 0; i < count; ++i)
        m_datastores.insert(prefix + QString::number(i).rightJustified(5, u'0'), e);
}

void FakeAzureMlServer::seedV2Datastore(const QString &name, const json &properties)
{
    Entry e;
    e.body = properties;
    e.created = e.modified = QDateTime::currentDateTimeUtc();
    m_datastores.insert(name, e);
}

void FakeAzureMlServer::expireTokens()
{
    for (auto &t : m_tokens)
        t.second = QDateTime::currentDateTimeUtc().addSecs(-1);
}

QString FakeAzureMlServer::workspacePath() const
{
    return u"/subscriptions/"_s + Subscription + u"/resourceGroups/"_s + ResourceGroup + Provider + Workspace;
}

FakeAzureMlServer::Response FakeAzureMlServer::armError(int status, const QString &code, const QString &message) const
{
    return Response::json(status, dump({{"error", {{"code", s(code)}, {"message", s(message)}}}}));
}

FakeAzureMlServer::Response FakeAzureMlServer::v1Error(int status, const QString &code, const QString &message) const
{
    return Response::json(status, dump({{"error", {{"code", s(code)}, {"message", s(message)}, {"innerError", {{"code", "BadArgument"}}}}},
                                        {"correlation", {{"operation", "0f1e"}, {"request", "8a9b"}}},
                                        {"environment", "eastus"},
                                        {"location", "eastus"}}));
}

FakeAzureMlServer::Response FakeAzureMlServer::handle(const Request &r)
{
    const QString path = r.path();
    if (path.endsWith(u"/oauth2/v2.0/token"_s) || path.endsWith(u"/oauth2/v2.0/devicecode"_s))
        return token(r);
    if (path == u"/discovery"_s && r.method == "GET")
        return Response::json(200, dump({{"api", s(base())}, {"history", s(base())}, {"experimentation", s(base())}}));
    const QString ws = workspacePath();
    if (path.startsWith(u"/datastore/v1.0"_s)) {
        if (const QString problem = tokenProblem(r); !problem.isEmpty())
            return v1Error(401, u"AuthenticationFailed"_s, problem);
        const QString inner = path.mid(15);
        if (inner.compare(ws, Qt::CaseInsensitive) != 0 && !inner.startsWith(ws + u'/', Qt::CaseInsensitive))
            return v1Error(404, u"UserError"_s, u"Workspace not found."_s);
        return v1(r, inner.mid(ws.size()));
    }
    if (path == u"/subscriptions"_s || path.startsWith(u"/subscriptions/"_s)) {
        if (const QString problem = tokenProblem(r); !problem.isEmpty()) {
            Response resp = armError(401, u"InvalidAuthenticationToken"_s, problem);
            resp.headers.append({"WWW-Authenticate", "Bearer authorization_uri=\"" + base().toUtf8() + "\", error=\"invalid_token\""});
            return resp;
        }
        // The picker's lists: the identity's subscriptions, and a subscription's workspaces.
        if (path == u"/subscriptions"_s && r.method == "GET") {
            if (r.query(u"api-version"_s) != u"2022-12-01"_s)
                return armError(400, u"InvalidApiVersionParameter"_s, u"The api-version '%1' is invalid. The supported versions include '2022-12-01'."_s.arg(r.query(u"api-version"_s)));
            return Response::json(200, dump({{"value", {{{"id", s(u"/subscriptions/"_s + Subscription)}, {"subscriptionId", s(Subscription)},
                                                         {"tenantId", s(Tenant)}, {"displayName", "Test subscription"}, {"state", "Enabled"}},
                                                        {{"id", "/subscriptions/99999999-9999-9999-9999-999999999999"},
                                                         {"subscriptionId", "99999999-9999-9999-9999-999999999999"}, {"tenantId", s(Tenant)},
                                                         {"displayName", "Cancelled subscription"}, {"state", "Disabled"}}}}}));
        }
        if (path.compare(u"/subscriptions/"_s + Subscription + u"/providers/Microsoft.MachineLearningServices/workspaces"_s, Qt::CaseInsensitive) == 0
            && r.method == "GET") {
            if (r.query(u"api-version"_s) != ApiVersion)
                return armError(400, u"NoRegisteredProviderFound"_s, u"No registered resource provider found for API version '%1'."_s.arg(r.query(u"api-version"_s)));
            // Two workspaces, one per page, so that the picker follows nextLink.
            const bool second = r.query(u"$skipToken"_s) == u"1"_s;
            const QString group = second ? u"other-rg"_s : ResourceGroup;
            const QString name = second ? u"other-workspace"_s : Workspace;
            json page = {{"value", {{{"id", s(u"/subscriptions/"_s + Subscription + u"/resourceGroups/"_s + group + Provider + name)},
                                     {"name", s(name)}, {"type", "Microsoft.MachineLearningServices/workspaces"}, {"location", second ? "westeurope" : "eastus"}}}}};
            if (!second)
                page["nextLink"] = s(base() + path + u"?api-version="_s + ApiVersion + u"&$skipToken=1"_s);
            return Response::json(200, dump(page));
        }
        if (r.query(u"api-version"_s) != ApiVersion)
            return armError(400, u"NoRegisteredProviderFound"_s,
                            u"No registered resource provider found for API version '%1'. The supported api-versions include '%2'."_s
                                .arg(r.query(u"api-version"_s), ApiVersion));
        if (path.compare(ws, Qt::CaseInsensitive) != 0 && !path.startsWith(ws + u'/', Qt::CaseInsensitive))
            return armError(404, u"ResourceNotFound"_s, u"The Resource 'Microsoft.MachineLearningServices/workspaces' was not found."_s);
        return arm(r, path.mid(ws.size()));
    }
    return armError(404, u"NotFound"_s, u"No such endpoint."_s);
}

FakeAzureMlServer::Response FakeAzureMlServer::issue(const QString &resource, bool withRefresh, const QString &clientId)
{
    const QByteArray issued = "aml-test-token-" + QByteArray::number(++m_tokensIssued);
    m_tokens.insert(issued, {resource, QDateTime::currentDateTimeUtc().addSecs(3599)});
    json answer = {{"token_type", "Bearer"}, {"expires_in", 3599}, {"ext_expires_in", 3599}, {"access_token", issued.toStdString()}};
    if (withRefresh) {
        const QString refresh = u"rt-%1"_s.arg(++m_refreshIssued);
        m_refreshTokens.insert(refresh, clientId);
        answer["refresh_token"] = s(refresh);
        // {"alg":"none"}.{"oid":…,"tid":…,"preferred_username":…}. — decoded, never verified
        answer["id_token"] = "eyJhbGciOiJub25lIn0.eyJvaWQiOiIxMTExIiwidGlkIjoiNzJmOTg4YmYtODZmMS00MWFmLTkxYWItMmQ3Y2QwMTFkYjQ3IiwicHJlZmVycmVkX3VzZXJuYW1lIjoidGVzdEBjb250b3NvLmNvbSJ9.";
        answer["scope"] = s(resource + u"user_impersonation"_s);
    }
    return Response::json(200, dump(answer));
}

FakeAzureMlServer::Response FakeAzureMlServer::token(const Request &r)
{
    const auto fail = [](int status, const char *code, const QString &description) {
        return Response::json(status, dump({{"error", code}, {"error_description", s(description)}, {"error_codes", {description.mid(5, 6).toInt()}},
                                            {"trace_id", "00000000-0000-0000-0000-000000000002"}, {"correlation_id", "00000000-0000-0000-0000-000000000003"}}));
    };
    if (r.method != "POST")
        return fail(405, "invalid_request", u"AADSTS900561: The endpoint only accepts POST requests."_s);
    if (!r.headers.value("content-type").startsWith("application/x-www-form-urlencoded"))
        return fail(400, "invalid_request", u"AADSTS900144: The request body must contain the following parameter: 'grant_type'."_s);
    const QMap<QString, QString> form = r.form();
    const QString tenant = r.path().section(u'/', 1, 1);
    const bool deviceFlow = r.path().endsWith(u"/devicecode"_s) || form.value(u"grant_type"_s) != u"client_credentials"_s;
    if (tenant != Tenant && !(deviceFlow && tenant == u"organizations"_s))
        return fail(400, "invalid_request", u"AADSTS90002: Tenant '%1' not found."_s.arg(tenant));
    // The resource of a scope list: its one "{resource}/.default" entry (offline_access & co. aside).
    const auto resourceOf = [](const QString &scope) -> QString {
        QString resource;
        for (const QString &part : scope.split(u' ', Qt::SkipEmptyParts)) {
            if (part.endsWith(u"/.default"_s)) {
                if (!resource.isEmpty())
                    return {};
                resource = part.chopped(int(qstrlen(".default")));
            } else if (part != u"offline_access"_s && part != u"openid"_s && part != u"profile"_s) {
                return {};
            }
        }
        return resource;
    };
    if (r.path().endsWith(u"/devicecode"_s)) {
        const QString resource = resourceOf(form.value(u"scope"_s));
        if (resource.isEmpty())
            return fail(400, "invalid_scope", u"AADSTS70011: The provided value for the input parameter 'scope' is not valid."_s);
        if (!form.value(u"scope"_s).contains(u"offline_access"_s))
            return fail(400, "invalid_scope", u"AADSTS70011: this test server wants offline_access, as the studio must ask for it."_s);
        const QString code = u"dc-%1"_s.arg(m_deviceCodes.size() + 1);
        m_deviceCodes.insert(code, {form.value(u"client_id"_s), resource, 0});
        return Response::json(200, dump({{"device_code", s(code)}, {"user_code", "BXQ7-LMN4"}, {"verification_uri", "https://microsoft.com/devicelogin"},
                                         {"expires_in", 900}, {"interval", m_deviceInterval},
                                         {"message", "To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code BXQ7-LMN4 to authenticate."}}));
    }
    const QString grant = form.value(u"grant_type"_s);
    if (grant == u"urn:ietf:params:oauth:grant-type:device_code"_s) {
        m_pollTimes.append(QDateTime::currentMSecsSinceEpoch());
        if (!m_deviceCodes.contains(form.value(u"device_code"_s)))
            return fail(400, "bad_verification_code", u"AADSTS70019: Verification code is invalid."_s);
        DeviceCodeState &state = m_deviceCodes[form.value(u"device_code"_s)];
        if (form.value(u"client_id"_s) != state.clientId)
            return fail(400, "invalid_grant", u"AADSTS70000: The device code was issued to another client."_s);
        const QString step = m_deviceScript.value(std::min<qsizetype>(state.polls++, m_deviceScript.size() - 1));
        if (step == u"authorization_pending"_s)
            return fail(400, "authorization_pending", u"AADSTS70016: OAuth 2.0 device flow error. Authorization is pending."_s);
        if (step == u"slow_down"_s)
            return fail(400, "slow_down", u"AADSTS70016: slow down."_s);
        if (step == u"authorization_declined"_s)
            return fail(400, "authorization_declined", u"AADSTS70000: The user declined the sign-in."_s);
        if (step == u"expired_token"_s)
            return fail(400, "expired_token", u"AADSTS70020: The provided value for the input parameter 'device_code' is not valid. This device code has expired."_s);
        return issue(state.resource, true, state.clientId);
    }
    if (grant == u"refresh_token"_s) {
        ++m_refreshGrants;
        const QString token = form.value(u"refresh_token"_s);
        if (!m_refreshTokens.contains(token))
            return fail(400, "invalid_grant", u"AADSTS700082: The refresh token has expired due to inactivity."_s);
        if (m_refreshTokens.value(token) != form.value(u"client_id"_s))
            return fail(400, "invalid_grant", u"AADSTS70000: The refresh token was issued to another client."_s);
        const QString resource = resourceOf(form.value(u"scope"_s));
        if (resource.isEmpty())
            return fail(400, "invalid_scope", u"AADSTS70011: The provided value for the input parameter 'scope' is not valid."_s);
        return issue(resource, true, form.value(u"client_id"_s)); // rotated: a new refresh token each time
    }
    if (grant != u"client_credentials"_s)
        return fail(400, "unsupported_grant_type", u"AADSTS70003: The app requested an unsupported grant type."_s);
    const QString scope = form.value(u"scope"_s);
    if (!scope.endsWith(u"/.default"_s) || scope.contains(u' '))
        return fail(400, "invalid_scope", u"AADSTS70011: The provided value for the input parameter 'scope' is not valid."_s);
    if (form.value(u"client_id"_s) != ClientId)
        return fail(400, "unauthorized_client", u"AADSTS700016: Application with identifier '%1' was not found."_s.arg(form.value(u"client_id"_s)));
    if (form.value(u"client_secret"_s) != ClientSecret)
        return fail(401, "invalid_client", u"AADSTS7000215: Invalid client secret provided."_s);
    // ADLS Gen1's identifier is "https://datalake.azure.net/" with its slash: its scope is
    // "https://datalake.azure.net//.default"; with one slash Entra finds no such resource.
    QString resource = scope.chopped(int(qstrlen(".default")));
    if (resource == u"https://datalake.azure.net/"_s)
        return fail(400, "invalid_resource", u"AADSTS500011: The resource principal named https://datalake.azure.net was not found in the tenant."_s);
    if (resource == u"https://datalake.azure.net//"_s)
        resource = u"https://datalake.azure.net/"_s;
    return issue(resource, false, {});
}

QString FakeAzureMlServer::tokenProblem(const Request &r)
{
    const QByteArray header = r.headers.value("authorization");
    QString problem;
    if (!header.startsWith("Bearer "))
        problem = u"Authentication failed. The 'Authorization' header is missing."_s;
    else if (!m_tokens.contains(header.mid(7)))
        problem = u"The access token is invalid."_s;
    else if (m_tokens.value(header.mid(7)).second < QDateTime::currentDateTimeUtc())
        problem = u"The access token expiry UTC time is earlier than current UTC time."_s;
    else if (m_tokens.value(header.mid(7)).first != base() + u'/')
        problem = u"The access token has been obtained for wrong audience or resource '%1'. It should exactly match with one of the allowed audiences '%2/'."_s
                      .arg(m_tokens.value(header.mid(7)).first, base());
    if (!problem.isEmpty())
        ++m_rejectedTokens;
    return problem;
}

json FakeAzureMlServer::v2Resource(const QString &name, const Entry &e) const
{
    json props = withoutSecrets(e.body);
    props["isDefault"] = name == m_default;
    const std::string when = s(e.created.toString(Qt::ISODateWithMs));
    const std::string changed = s(e.modified.toString(Qt::ISODateWithMs));
    return {{"id", s(workspacePath() + u"/datastores/"_s + name)},
            {"name", s(name)},
            {"type", "Microsoft.MachineLearningServices/workspaces/datastores"},
            {"properties", props},
            {"systemData", {{"createdAt", when}, {"createdBy", "test@contoso.com"}, {"createdByType", "User"},
                            {"lastModifiedAt", changed}, {"lastModifiedBy", "test@contoso.com"}, {"lastModifiedByType", "User"}}}};
}

json FakeAzureMlServer::v1Dto(const QString &name, const Entry &e, bool withSecrets) const
{
    json dto = e.body;
    if (!withSecrets) {
        for (auto it = dto.begin(); it != dto.end(); ++it) {
            if (it.value().is_object()) {
                for (const QString &secret : V1Secrets)
                    it.value().erase(s(secret));
            }
        }
    }
    dto["name"] = s(name);
    dto["hasBeenValidated"] = true;
    dto["createdTime"] = s(e.created.toString(Qt::ISODateWithMs));
    dto["modifiedTime"] = s(e.modified.toString(Qt::ISODateWithMs));
    return dto;
}

QString FakeAzureMlServer::checkV2Body(const json &body) const
{
    if (!body.is_object())
        return u"The request body must be a JSON object."_s;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != "properties")
            return u"body.%1 is not a member of DatastoreResource (send only \"properties\")"_s.arg(QString::fromStdString(it.key()));
    }
    if (!body.contains("properties") || !body["properties"].is_object())
        return u"body.properties is required"_s;
    const json &p = body["properties"];
    const QString type = p.contains("datastoreType") && p["datastoreType"].is_string() ? QString::fromStdString(p["datastoreType"].get<std::string>()) : QString();
    if (p.contains("isDefault"))
        return u"properties.isDefault is read-only"_s;
    if (QString problem = checkAgainst(p, datastoreSchema(type), u"properties"_s); !problem.isEmpty())
        return problem;
    if (type == u"OneLake"_s)
        return u"properties.datastoreType OneLake is not served by this test workspace"_s;
    const json &c = p["credentials"];
    const QString kind = c.contains("credentialsType") && c["credentialsType"].is_string() ? QString::fromStdString(c["credentialsType"].get<std::string>()) : QString();
    if (QString problem = checkAgainst(c, credentialsSchema(kind), u"properties.credentials"_s); !problem.isEmpty())
        return problem;
    if (!credentialFits(type, kind))
        return u"properties.credentials: %1 credentials are not valid for %2 datastores"_s.arg(kind, type);
    if (c.contains("secrets")) {
        if (QString problem = checkAgainst(c["secrets"], secretsSchema(kind), u"properties.credentials.secrets"_s); !problem.isEmpty())
            return problem;
    }
    return {};
}

QString FakeAzureMlServer::checkV1Body(const json &dto) const
{
    const Schema top = {{u"name"_s, str(true)},
                        {u"dataStoreType"_s, enumOf({u"AzureBlob"_s, u"AzureFile"_s, u"AzureDataLake"_s, u"AzureSqlDatabase"_s, u"AzurePostgreSql"_s,
                                                     u"AzureMySql"_s, u"DBFS"_s, u"AzureDataLakeGen2"_s}, true)},
                        {u"tags"_s, obj()}, {u"description"_s, str()},
                        {u"azureStorageSection"_s, obj()}, {u"azureDataLakeSection"_s, obj()}, {u"azureSqlDatabaseSection"_s, obj()},
                        {u"azurePostgreSqlSection"_s, obj()}, {u"azureMySqlSection"_s, obj()}};
    if (QString problem = checkAgainst(dto, top, u"dto"_s); !problem.isEmpty())
        return problem;
    const QString type = QString::fromStdString(dto["dataStoreType"].get<std::string>());
    const QMap<QString, QString> sections = {{u"AzureSqlDatabase"_s, u"azureSqlDatabaseSection"_s},
                                             {u"AzurePostgreSql"_s, u"azurePostgreSqlSection"_s},
                                             {u"AzureMySql"_s, u"azureMySqlSection"_s}};
    for (const char *any : {"azureStorageSection", "azureDataLakeSection", "azureSqlDatabaseSection", "azurePostgreSqlSection", "azureMySqlSection"}) {
        if (dto.contains(any) && sections.value(type) != QLatin1StringView(any))
            return u"dto.%1 does not belong to a %2 datastore"_s.arg(QLatin1StringView(any), type);
    }
    if (type == u"DBFS"_s)
        return {};
    if (!sections.contains(type))
        return u"dto.dataStoreType %1 is registered through ARM v2 in this test workspace"_s.arg(type);
    const QString sectionName = sections.value(type);
    if (!dto.contains(s(sectionName)))
        return u"dto.%1 is required for %2"_s.arg(sectionName, type);
    Schema section = {{u"serverName"_s, str(true, "[a-zA-Z0-9_]")}, {u"databaseName"_s, str(true, "[a-zA-Z0-9_]")}, {u"endpoint"_s, str()},
                      {u"portNumber"_s, str(false, "[0-9]{1,5}")}, {u"userId"_s, str()}, {u"userPassword"_s, str()},
                      {u"tenantId"_s, str(false, Uuid)}, {u"clientId"_s, str(false, Uuid)}, {u"clientSecret"_s, str()},
                      {u"resourceUri"_s, str()}, {u"authorityUrl"_s, str()}, {u"subscriptionId"_s, str()}, {u"resourceGroup"_s, str()},
                      {u"serviceDataAccessAuthIdentity"_s, enumOf(Identity)}};
    if (type == u"AzureSqlDatabase"_s) {
        section.insert(u"credentialType"_s, enumOf({u"None"_s, u"ServicePrincipal"_s, u"SqlAuthentication"_s}, true));
        section.insert(u"isCertAuth"_s, boolean());
        section.insert(u"certificate"_s, str());
        section.insert(u"thumbprint"_s, str());
    }
    if (type == u"AzurePostgreSql"_s)
        section.insert(u"enableSsl"_s, boolean());
    const json &sec = dto[s(sectionName)];
    if (QString problem = checkAgainst(sec, section, u"dto."_s + sectionName); !problem.isEmpty())
        return problem;
    const bool principal = sec.contains("credentialType") && sec["credentialType"] == "ServicePrincipal";
    const QStringList needs = principal ? QStringList{u"tenantId"_s, u"clientId"_s, u"clientSecret"_s} : QStringList{u"userId"_s, u"userPassword"_s};
    for (const QString &needed : needs) {
        if (!sec.contains(s(needed)))
            return u"dto.%1.%2 is required for this credential"_s.arg(sectionName, needed);
    }
    return {};
}

FakeAzureMlServer::Response FakeAzureMlServer::arm(const Request &r, const QString &rest)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (rest.isEmpty() && r.method == "GET") {
        return Response::json(200, dump({{"id", s(workspacePath())}, {"name", s(Workspace)},
                                         {"type", "Microsoft.MachineLearningServices/workspaces"}, {"location", "eastus"},
                                         {"properties", {{"discoveryUrl", s(base() + u"/discovery"_s)},
                                                         {"workspaceId", "1a2b3c4d-0000-4000-8000-00000000000a"},
                                                         {"friendlyName", s(Workspace)}}}}));
    }
    if (rest == u"/datastores"_s && r.method == "GET") {
        QStringList names;
        for (auto it = m_datastores.cbegin(); it != m_datastores.cend(); ++it) {
            if (it->v1)
                continue; // v1-only types are missing from the v2 list
            if (r.query(u"isDefault"_s) == u"true"_s && it.key() != m_default)
                continue;
            names.append(it.key());
        }
        const int skip = r.query(u"$skipToken"_s).toInt();
        const int count = std::min(m_pageSize, r.hasQuery(u"count"_s) ? std::max(1, r.query(u"count"_s).toInt()) : 30);
        json value = json::array();
        for (int i = skip; i < std::min<int>(int(names.size()), skip + count); ++i)
            value.push_back(v2Resource(names.at(i), m_datastores.value(names.at(i))));
        json page = {{"value", value}};
        if (skip + count < names.size()) {
            QString query = QString::fromUtf8(r.rawQuery);
            query.remove(QRegularExpression(u"&?\\$skipToken=[^&]*"_s));
            page["nextLink"] = s(base() + r.path() + u'?' + query + u"&$skipToken="_s + QString::number(skip + count));
        }
        return Response::json(200, dump(page));
    }
    static const QRegularExpression item(u"^/datastores/([^/]+)(/listSecrets)?$"_s);
    const auto m = item.match(rest);
    if (!m.hasMatch())
        return armError(404, u"ResourceNotFound"_s, u"No such resource."_s);
    const QString name = m.captured(1);
    const bool secrets = !m.captured(2).isEmpty();
    const bool exists = m_datastores.contains(name) && !m_datastores.value(name).v1;
    if (secrets) {
        if (r.method != "POST")
            return armError(405, u"MethodNotAllowed"_s, u"listSecrets takes POST."_s);
        if (!exists)
            return armError(404, u"UserError"_s, u"DataStore %1 not found."_s.arg(name));
        const json c = m_datastores.value(name).body["credentials"];
        return Response::json(200, dump(c.contains("secrets") ? c["secrets"] : json{{"secretsType", "None"}}));
    }
    if (r.method == "GET") {
        if (!exists)
            return armError(404, u"UserError"_s, u"DataStore %1 not found."_s.arg(name));
        return Response::json(200, dump(v2Resource(name, m_datastores.value(name))));
    }
    if (r.method == "DELETE") {
        if (!exists)
            return Response::json(204, {});
        if (name == u"workspaceblobstore"_s || name == m_default)
            return armError(400, u"UserError"_s, u"Cannot delete the default datastore or the workspace's blob datastore."_s);
        m_datastores.remove(name);
        return Response::json(200, {});
    }
    if (r.method == "PUT") {
        if (!matches(name, "[a-zA-Z0-9][a-zA-Z0-9\\-_]{0,254}"))
            return armError(400, u"InvalidPathParameter"_s, u"The name '%1' does not match ^[a-zA-Z0-9][a-zA-Z0-9\\-_]{0,254}$."_s.arg(name));
        if (m_datastores.contains(name) && m_datastores.value(name).v1)
            return armError(400, u"UserError"_s, u"Datastore %1 exists as a v1 datastore."_s.arg(name));
        const json body = json::parse(r.body.begin(), r.body.end(), nullptr, false);
        if (const QString problem = checkV2Body(body); !problem.isEmpty()) {
            m_schemaRejections.append(problem);
            return armError(400, u"ValidationError"_s, u"The request is invalid: "_s + problem);
        }
        if (r.query(u"skipValidation"_s) != u"true"_s && m_storageCheck) {
            if (const QString why = m_storageCheck(body["properties"]); !why.isEmpty())
                return Response::json(400, dump({{"error", {{"code", "UserError"}, {"message", "Datastore validation failed."},
                                                            {"details", {{{"code", "StorageAccessDenied"}, {"message", s(why)}}}}}}}));
        }
        const bool created = !exists;
        Entry e = m_datastores.value(name);
        e.v1 = false;
        e.body = body["properties"];
        if (created)
            e.created = now;
        e.modified = now;
        m_datastores.insert(name, e);
        return Response::json(created ? 201 : 200, dump(v2Resource(name, e)));
    }
    return armError(405, u"MethodNotAllowed"_s, u"Not allowed."_s);
}

FakeAzureMlServer::Response FakeAzureMlServer::v1(const Request &r, const QString &rest)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto fitsV1Name = [](const QString &name) { return matches(name, "[a-zA-Z0-9_]{1,255}"); };
    if (rest == u"/datastores"_s && r.method == "GET") {
        const QStringList names = m_datastores.keys();
        const int skip = r.query(u"continuationToken"_s).toInt();
        const int count = std::min(m_pageSize, r.hasQuery(u"count"_s) ? std::max(1, r.query(u"count"_s).toInt()) : 100);
        const bool withSecrets = r.query(u"includeSecret"_s) != u"false"_s; // the service's default is true
        json value = json::array();
        for (int i = skip; i < std::min<int>(int(names.size()), skip + count); ++i) {
            const Entry &e = m_datastores[names.at(i)];
            if (e.v1)
                value.push_back(v1Dto(names.at(i), e, withSecrets));
            else // the same registry: storage datastores show up too, in v1's own shape
                value.push_back({{"name", s(names.at(i))}, {"dataStoreType", e.body.value("datastoreType", "")}, {"azureStorageSection", json::object()}});
        }
        json page = {{"value", value}};
        if (skip + count < names.size())
            page["continuationToken"] = s(QString::number(skip + count));
        return Response::json(200, dump(page));
    }
    if (rest == u"/datastores"_s && r.method == "POST") {
        const json dto = json::parse(r.body.begin(), r.body.end(), nullptr, false);
        if (const QString problem = checkV1Body(dto); !problem.isEmpty()) {
            m_schemaRejections.append(problem);
            return v1Error(400, u"ValidationError"_s, problem);
        }
        const QString name = QString::fromStdString(dto["name"].get<std::string>());
        if (!fitsV1Name(name))
            return v1Error(400, u"UserError"_s, u"Datastore name %1 may contain only letters, digits and underscores."_s.arg(name));
        if (m_datastores.contains(name))
            return v1Error(400, u"UserError"_s, u"Datastore with name %1 already exists."_s.arg(name));
        if (r.query(u"skipValidation"_s) != u"true"_s && m_storageCheck) {
            if (const QString why = m_storageCheck(dto); !why.isEmpty())
                return v1Error(400, u"ValidationError"_s, why);
        }
        Entry e;
        e.v1 = true;
        e.body = dto;
        e.created = e.modified = now;
        m_datastores.insert(name, e);
        return Response::json(200, {});
    }
    if (rest == u"/default"_s && r.method == "GET")
        return Response::json(200, dump(v1Dto(m_default, m_datastores.value(m_default), false)));
    static const QRegularExpression item(u"^/(datastores|default)/([^/]+)$"_s);
    const auto m = item.match(rest);
    if (!m.hasMatch())
        return v1Error(404, u"UserError"_s, u"No such resource."_s);
    const QString name = m.captured(2);
    if (m.captured(1) == u"default"_s) {
        if (r.method != "PUT")
            return v1Error(405, u"UserError"_s, u"Not allowed."_s);
        if (!m_datastores.contains(name))
            return v1Error(404, u"UserError"_s, u"DataStore %1 not found."_s.arg(name));
        m_default = name;
        return Response::json(200, {});
    }
    if (r.method == "GET") {
        if (!m_datastores.contains(name))
            return v1Error(404, u"UserError"_s, u"DataStore %1 not found."_s.arg(name));
        const Entry &e = m_datastores[name];
        if (!e.v1)
            return Response::json(200, dump({{"name", s(name)}, {"dataStoreType", e.body.value("datastoreType", "")}, {"azureStorageSection", json::object()}}));
        return Response::json(200, dump(v1Dto(name, e, true)));
    }
    if (r.method == "DELETE") {
        if (!m_datastores.contains(name))
            return v1Error(404, u"UserError"_s, u"DataStore %1 not found."_s.arg(name));
        if (name == u"workspaceblobstore"_s || name == m_default)
            return v1Error(400, u"UserError"_s, u"Cannot delete the default datastore."_s);
        m_datastores.remove(name);
        return Response::json(200, {});
    }
    if (r.method == "PUT") {
        if (!m_datastores.contains(name) || !m_datastores[name].v1)
            return v1Error(404, u"UserError"_s, u"DataStore %1 not found."_s.arg(name));
        const json dto = json::parse(r.body.begin(), r.body.end(), nullptr, false);
        if (const QString problem = checkV1Body(dto); !problem.isEmpty()) {
            m_schemaRejections.append(problem);
            return v1Error(400, u"ValidationError"_s, problem);
        }
        if (QString::fromStdString(dto["name"].get<std::string>()) != name)
            return v1Error(400, u"UserError"_s, u"The datastore name in the body differs from the one in the path."_s);
        if (r.query(u"skipValidation"_s) != u"true"_s && m_storageCheck) {
            if (const QString why = m_storageCheck(dto); !why.isEmpty())
                return v1Error(400, u"ValidationError"_s, why);
        }
        Entry &e = m_datastores[name];
        e.body = dto;
        e.modified = now;
        return Response::json(200, {});
    }
    return v1Error(405, u"UserError"_s, u"Not allowed."_s);
}
