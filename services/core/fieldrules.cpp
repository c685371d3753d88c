#include "services/core/fieldrules.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

#include "services/core/names.h"
#include "services/core/sastoken.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// The texts of the code below that is not a member of FieldRules, for tr() and for lupdate alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FieldRules)
};

ApiError invalid(const FieldSpec &field, const QString &code, const QString &rule)
{
    return ApiError::make(ApiError::Kind::InvalidInput, code,
                          Text::tr("%1 (%2): %3").arg(field.label, field.id, rule), field.id);
}

bool matches(const QString &value, const char *pattern)
{
    const QRegularExpression re(QRegularExpression::anchoredPattern(QString::fromLatin1(pattern)));
    return re.match(value).hasMatch();
}

bool hasControlChar(const QString &value)
{
    return std::any_of(value.begin(), value.end(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

QString quoted(const FieldSpec &field, const QString &value)
{
    return field.secret ? Text::tr("the value") : u'\'' + value + u'\'';
}

constexpr qsizetype MaxDnsName = 253; // RFC 1035, in its text form

std::optional<ApiError> checkEndpoint(const FieldSpec &field, const QString &value)
{
    if (value.contains(u"://"_s)) {
        const QUrl url(value, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty() || (scheme != u"https"_s && scheme != u"http"_s))
            return invalid(field, u"field.endpoint"_s, Text::tr("'%1' is not a valid http(s) URL.").arg(value));
        if (scheme == u"http"_s && !FieldRules::isLoopbackHost(url.host())) {
            return invalid(field, u"field.insecure_http"_s,
                           Text::tr("plain http is accepted only for loopback hosts (localhost, 127.0.0.1, ::1), not '%1'; use https.")
                               .arg(url.host()));
        }
        if (!url.query().isEmpty() || !url.fragment().isEmpty())
            return invalid(field, u"field.endpoint"_s, Text::tr("an endpoint URL must not have a query or fragment."));
        // A user name or password in the URL would be stored in plain text and answered to
        // an authentication challenge: credentials belong in the secret fields.
        if (!url.userInfo().isEmpty())
            return invalid(field, u"field.endpoint_userinfo"_s,
                           Text::tr("an endpoint URL must not carry a user name or password ('user:password@'); give the "
                              "credential in the authentication fields, where it is kept in the keychain."));
        if (url.port() == 0)
            return invalid(field, u"field.endpoint"_s, Text::tr("an endpoint URL's port must be 1 to 65535, not 0."));
        if (url.host().size() > MaxDnsName)
            return invalid(field, u"field.endpoint"_s, Text::tr("an endpoint's host name is at most %1 characters; this one has %2.")
                                                           .arg(MaxDnsName).arg(url.host().size()));
        return std::nullopt;
    }
    if (value.size() > MaxDnsName)
        return invalid(field, u"field.endpoint"_s, Text::tr("a DNS suffix is at most %1 characters; this one has %2.").arg(MaxDnsName).arg(value.size()));
    if (!matches(value, R"([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+)"))
        return invalid(field, u"field.endpoint"_s,
                       Text::tr("'%1' is neither a DNS suffix such as core.windows.net nor an http(s) URL.").arg(value));
    return std::nullopt;
}

std::optional<ApiError> checkSas(const FieldSpec &field, const QString &value)
{
    if (value.contains(u' ') || hasControlChar(value))
        return invalid(field, u"field.sas"_s, Text::tr("a SAS token must not contain spaces or control characters."));
    const QUrlQuery query(value);
    if (!query.hasQueryItem(u"sig"_s) || !query.hasQueryItem(u"sv"_s))
        return invalid(field, u"field.sas"_s, Text::tr("a SAS token is a query string with at least 'sv=' and 'sig=' (paste it without the URL)."));
    // The service reads one value per parameter; a token that says two is not one it signed.
    QSet<QString> seen;
    for (const auto &[key, unused] : query.queryItems()) {
        Q_UNUSED(unused)
        if (seen.contains(key))
            return invalid(field, u"field.sas"_s, Text::tr("the SAS parameter '%1' appears more than once.").arg(key));
        seen.insert(key);
    }
    const SasTokenInfo info = SasTokenInfo::analyse(value);
    if (!info.errors.isEmpty())
        return invalid(field, u"field.sas"_s, info.errors.constFirst());
    return std::nullopt;
}

QString sasWithoutQuestionMark(QString value)
{
    if (value.startsWith(u'?'))
        value.remove(0, 1);
    return value;
}

std::optional<ApiError> checkSecretsAndAuthFields(const StorageTypeSpec &type, const AuthSpec &auth,
                                                  const Datastore &ds, SecretMap &secrets)
{
    for (auto it = secrets.begin(); it != secrets.end(); ++it) {
        const FieldSpec *f = type.field(it.key(), auth.kind);
        if (!f || !f->secret) {
            return ApiError::make(ApiError::Kind::InvalidInput, u"secret.unexpected"_s,
                                  Text::tr("'%1' is not a secret of %2 with %3 authentication; expected: %4.")
                                      .arg(it.key(), type.label, StorageTypes::id(auth.kind),
                                           [&] {
                                               QStringList ids;
                                               for (const FieldSpec &s : auth.secretFields())
                                                   ids.append(s.id);
                                               return ids.isEmpty() ? Text::tr("none") : ids.join(u", "_s);
                                           }()),
                                  it.key());
        }
    }
    for (const FieldSpec &f : auth.fields) {
        if (!f.secret)
            continue;
        if (f.kind == FieldKind::Sas && secrets.contains(f.id))
            secrets[f.id] = sasWithoutQuestionMark(secrets.value(f.id));
        const QString value = secrets.value(f.id);
        if (value.isEmpty()) {
            if (f.required) {
                return ApiError::make(ApiError::Kind::InvalidInput, u"secret.missing"_s,
                                      Text::tr("%1 (%2) is required for %3 authentication.")
                                          .arg(f.label, f.id, StorageTypes::id(auth.kind)),
                                      f.id);
            }
            continue;
        }
        // No secret holds a NUL or a line break: one would cut it short where it is passed as
        // a C string, the other is a second line pasted by mistake.
        if (value.contains(QChar(0)) || value.contains(u'\n') || value.contains(u'\r'))
            return ApiError::make(ApiError::Kind::InvalidInput, u"secret.control"_s,
                                  Text::tr("%1 (%2) must not contain a NUL byte or a line break.").arg(f.label, f.id), f.id);
        if (auto error = FieldRules::check(f, value))
            return error;
    }
    Q_UNUSED(ds);
    return std::nullopt;
}

std::optional<ApiError> checkProtocol(const StorageTypeSpec &type, const Datastore &ds)
{
    const FieldSpec *protocol = type.field(u"protocol"_s, ds.auth);
    if (!protocol)
        return std::nullopt;
    const QString value = ds.field(u"protocol"_s);
    if ((value == u"wasbs"_s && type.type != StorageType::AzureBlob) || (value == u"abfss"_s && type.type != StorageType::AzureDataLakeGen2))
        return invalid(*protocol, u"field.protocol"_s,
                       Text::tr("'%1' is a protocol of %2 datastores; %3 datastores take https or http.")
                           .arg(value, value == u"wasbs"_s ? u"Azure Blob"_s : u"ADLS Gen2"_s, type.label));
    if (value != u"http"_s)
        return std::nullopt;
    const QString endpoint = ds.field(u"endpoint"_s);
    const QUrl url(endpoint);
    if (endpoint.contains(u"://"_s) && FieldRules::isLoopbackHost(url.host()))
        return std::nullopt;
    return invalid(*protocol, u"field.insecure_http"_s,
                   Text::tr("plain http is accepted only for loopback hosts; the endpoint '%1' is not one (use https, "
                      "or an endpoint URL such as http://127.0.0.1:10000/devstoreaccount1).")
                       .arg(endpoint));
}

} // namespace

namespace FieldRules {

bool isLoopbackHost(const QString &host)
{
    QString h = host.toLower();
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    if (h == u"localhost"_s)
        return true;
    QHostAddress address;
    return address.setAddress(h) && address.isLoopback();
}

std::optional<ApiError> check(const FieldSpec &field, const QString &value)
{
    if (value.isEmpty()) {
        if (field.required)
            return invalid(field, u"field.required"_s, Text::tr("a value is required."));
        return std::nullopt;
    }
    if (field.kind != FieldKind::Text && value.trimmed() != value)
        return invalid(field, u"field.whitespace"_s, Text::tr("%1 must not start or end with white space.").arg(quoted(field, value)));
    switch (field.kind) {
    case FieldKind::Text:
        if (value.contains(u'\n') || value.contains(u'\r') || value.contains(QChar(0)))
            return invalid(field, u"field.control"_s, Text::tr("the value must be a single line."));
        return std::nullopt;
    case FieldKind::StorageAccount:
    case FieldKind::StoreName:
        if (!matches(value, "[a-z0-9]{3,24}"))
            return invalid(field, u"field.account"_s, Text::tr("'%1' must be 3 to 24 lowercase letters and digits.").arg(value));
        return std::nullopt;
    case FieldKind::Container:
        // The service's own containers: the account root, the static website, the logs.
        if (value == u"$root"_s || value == u"$web"_s || value == u"$logs"_s)
            return std::nullopt;
        [[fallthrough]];
    case FieldKind::Share:
        if (!matches(value, "[a-z0-9](?!.*--)[-a-z0-9]{1,61}[a-z0-9]"))
            return invalid(field, u"field.container"_s,
                           Text::tr("'%1' must be 3 to 63 characters: lowercase letters, digits and single hyphens, "
                              "starting and ending with a letter or digit.")
                               .arg(value));
        return std::nullopt;
    case FieldKind::Uuid:
        if (!matches(value, "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"))
            return invalid(field, u"field.uuid"_s, Text::tr("'%1' is not a GUID such as 72f988bf-86f1-41af-91ab-2d7cd011db47.").arg(value));
        return std::nullopt;
    case FieldKind::Server:
        if (!matches(value, "[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?"))
            return invalid(field, u"field.server"_s,
                           Text::tr("'%1' must be a server or host name: letters, digits, '-' and '.', starting and ending with a letter or digit.")
                               .arg(value));
        return std::nullopt;
    case FieldKind::Database:
    case FieldKind::User:
        if (value.size() > 128 || hasControlChar(value))
            return invalid(field, u"field.name"_s, Text::tr("'%1' must be at most 128 characters with no control characters.").arg(value));
        return std::nullopt;
    case FieldKind::Port: {
        bool ok = false;
        const int port = value.toInt(&ok);
        if (!ok || port < 1 || port > 65535 || !matches(value, "[0-9]+"))
            return invalid(field, u"field.port"_s, Text::tr("'%1' must be a whole number from 1 to 65535.").arg(value));
        return std::nullopt;
    }
    case FieldKind::Endpoint:
        return checkEndpoint(field, value);
    case FieldKind::Protocol:
        // wasbs (Blob) and abfss (ADLS Gen2) are what az ml YAML may name: TLS, as https.
        if (value != u"https"_s && value != u"http"_s && value != u"wasbs"_s && value != u"abfss"_s)
            return invalid(field, u"field.protocol"_s, Text::tr("'%1' must be https or http (wasbs for Azure Blob, abfss for ADLS Gen2).").arg(value));
        return std::nullopt;
    case FieldKind::Bool:
        if (value != u"true"_s && value != u"false"_s)
            return invalid(field, u"field.bool"_s, Text::tr("'%1' must be true or false.").arg(value));
        return std::nullopt;
    case FieldKind::HttpsUrl: {
        const QUrl url(value, QUrl::StrictMode);
        // Plain http only for a loopback host (a test or compatible local service), as everywhere.
        const bool loopbackHttp = url.scheme() == u"http"_s && FieldRules::isLoopbackHost(url.host());
        if (!url.isValid() || (url.scheme() != u"https"_s && !loopbackHttp) || url.host().isEmpty())
            return invalid(field, u"field.url"_s, Text::tr("'%1' must be an https URL.").arg(value));
        if (!url.userInfo().isEmpty())
            return invalid(field, u"field.endpoint_userinfo"_s, Text::tr("'%1' must not carry a user name or password.").arg(value));
        return std::nullopt;
    }
    case FieldKind::AccountKey: {
        // Every Azure Storage account key is 512 bits: 64 bytes, 88 base64 characters ending
        // in "==". Anything else is a typo or a different secret pasted into the wrong field.
        const auto decoded = QByteArray::fromBase64Encoding(value.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || !matches(value, "[A-Za-z0-9+/]+={0,2}") || value.size() % 4 != 0)
            return invalid(field, u"field.base64"_s, Text::tr("the value is not valid base64 (an account key is 88 characters ending in '==')."));
        if (decoded.decoded.size() != 64 || value.size() != 88)
            return invalid(field, u"field.account_key"_s,
                           Text::tr("an account key is 64 bytes in base64: 88 characters ending in '=='; this is %1 characters (%2 bytes).")
                               .arg(value.size())
                               .arg(decoded.decoded.size()));
        return std::nullopt;
    }
    case FieldKind::Sas:
        return checkSas(field, value);
    }
    return std::nullopt;
}

Result<Datastore> normalize(const SupportMatrix &matrix, const Datastore &input, SecretMap &secrets)
{
    if (auto error = Names::checkDatastoreName(input.name))
        return *error;
    const StorageTypeSpec &type = matrix.type(input.type);
    const AuthSpec *auth = type.authSpec(input.auth);
    if (!auth) {
        QStringList allowed;
        for (AuthKind k : type.authKinds())
            allowed.append(StorageTypes::id(k));
        return ApiError::make(ApiError::Kind::InvalidInput, u"auth.not_allowed"_s,
                              Text::tr("%1 datastores do not accept '%2' authentication; allowed: %3.")
                                  .arg(type.label, StorageTypes::id(input.auth), allowed.join(u", "_s)),
                              u"auth"_s);
    }
    Datastore out = input;
    out.fields.clear();
    for (auto it = input.fields.begin(); it != input.fields.end(); ++it) {
        const FieldSpec *f = type.field(it.key(), input.auth);
        if (!f) {
            QStringList known;
            for (const FieldSpec &k : type.allFields(input.auth)) {
                if (!k.secret)
                    known.append(k.id);
            }
            return ApiError::make(ApiError::Kind::InvalidInput, u"field.unknown"_s,
                                  Text::tr("%1 datastores with %2 authentication have no field '%3'; fields: %4.")
                                      .arg(type.label, StorageTypes::id(input.auth), it.key(),
                                           known.isEmpty() ? Text::tr("none") : known.join(u", "_s)),
                                  it.key());
        }
        if (f->secret) {
            return ApiError::make(ApiError::Kind::InvalidInput, u"field.secret_as_field"_s,
                                  Text::tr("%1 (%2) is a secret: it must be given as a secret, not as a plain field.")
                                      .arg(f->label, f->id),
                                  f->id);
        }
    }
    for (const FieldSpec &f : type.allFields(input.auth)) {
        if (f.secret)
            continue;
        QString value = input.fields.value(f.id);
        if (value.isEmpty())
            value = f.defaultValue;
        if (auto error = check(f, value))
            return *error;
        if (!value.isEmpty())
            out.fields.insert(f.id, value);
    }
    if (auto error = checkProtocol(type, out))
        return *error;
    if (auto error = checkSecretsAndAuthFields(type, *auth, out, secrets))
        return *error;
    out.storedSecrets.clear();
    for (const FieldSpec &f : auth->secretFields()) {
        if (!secrets.value(f.id).isEmpty())
            out.storedSecrets.append(f.id);
    }
    return out;
}

Result<Datastore> applyCredentialUpdate(const SupportMatrix &matrix, const Datastore &existing,
                                        const CredentialUpdate &update, SecretMap &secrets)
{
    const StorageTypeSpec &type = matrix.type(existing.type);
    Datastore candidate = existing;
    candidate.auth = update.auth;
    // Keep the location fields; replace the auth fields with the update's (falling back to
    // the existing values when the auth kind stays the same and a field is not given).
    candidate.fields.clear();
    for (const FieldSpec &f : type.fields) {
        if (existing.fields.contains(f.id))
            candidate.fields.insert(f.id, existing.fields.value(f.id));
    }
    if (const AuthSpec *auth = type.authSpec(update.auth)) {
        for (const FieldSpec &f : auth->fields) {
            if (f.secret)
                continue;
            if (update.fields.contains(f.id))
                candidate.fields.insert(f.id, update.fields.value(f.id));
            else if (update.auth == existing.auth && existing.fields.contains(f.id))
                candidate.fields.insert(f.id, existing.fields.value(f.id));
        }
    }
    for (auto it = update.fields.begin(); it != update.fields.end(); ++it) {
        const FieldSpec *f = type.field(it.key(), update.auth);
        const bool isLocation = std::any_of(type.fields.begin(), type.fields.end(),
                                            [&](const FieldSpec &l) { return l.id == it.key(); });
        if (f && isLocation) {
            return ApiError::make(ApiError::Kind::InvalidInput, u"field.not_credential"_s,
                                  Text::tr("%1 (%2) is not part of the credential; register the datastore again with "
                                     "overwrite to change it.")
                                      .arg(f->label, f->id),
                                  f->id);
        }
        if (!f)
            candidate.fields.insert(it.key(), it.value()); // normalize() reports it as unknown
    }
    return normalize(matrix, candidate, secrets);
}

} // namespace FieldRules
