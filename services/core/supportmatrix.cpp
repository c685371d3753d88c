#include "services/core/supportmatrix.h"

#include <array>
#include <utility>

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QFile>

using namespace Qt::Literals::StringLiterals;
using json = nlohmann::json;

namespace {

constexpr std::array FieldKindIds{
    std::pair{FieldKind::Text, "text"},
    std::pair{FieldKind::StorageAccount, "storage_account"},
    std::pair{FieldKind::Container, "container"},
    std::pair{FieldKind::Share, "share"},
    std::pair{FieldKind::StoreName, "store_name"},
    std::pair{FieldKind::Uuid, "uuid"},
    std::pair{FieldKind::Server, "server"},
    std::pair{FieldKind::Database, "database"},
    std::pair{FieldKind::User, "user"},
    std::pair{FieldKind::Port, "port"},
    std::pair{FieldKind::Endpoint, "endpoint"},
    std::pair{FieldKind::Protocol, "protocol"},
    std::pair{FieldKind::Bool, "bool"},
    std::pair{FieldKind::HttpsUrl, "https_url"},
    std::pair{FieldKind::AccountKey, "account_key"},
    std::pair{FieldKind::Sas, "sas"},
};

// The texts of the code below that is not a member of SupportMatrix, for tr() and for lupdate alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SupportMatrix)
};

// Thrown inside the parser only; turned into an ApiError at the boundary.
struct MatrixError
{
    QString message;
};

QString str(const json &object, const char *key, bool required, const QString &where)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) {
        if (required)
            throw MatrixError{Text::tr("%1 has no \"%2\".").arg(where, QString::fromLatin1(key))};
        return {};
    }
    if (!it->is_string())
        throw MatrixError{Text::tr("%1: \"%2\" must be a string.").arg(where, QString::fromLatin1(key))};
    return QString::fromStdString(it->get<std::string>());
}

// A text a person reads (a label, a description, a note), in the installed language: the
// matrix's English is the source text of context "SupportMatrix" (supportmatrixstrings.cpp
// lists them all for lupdate).
QString text(const json &object, const char *key, bool required, const QString &where)
{
    const QString english = str(object, key, required, where);
    return english.isEmpty() ? english : QCoreApplication::translate("SupportMatrix", english.toUtf8().constData());
}

bool flag(const json &object, const char *key, const QString &where)
{
    const auto it = object.find(key);
    if (it == object.end())
        return false;
    if (!it->is_boolean())
        throw MatrixError{Text::tr("%1: \"%2\" must be true or false.").arg(where, QString::fromLatin1(key))};
    return it->get<bool>();
}

const json &member(const json &object, const char *key, json::value_t type, const QString &where)
{
    const auto it = object.find(key);
    if (it == object.end() || it->type() != type)
        throw MatrixError{Text::tr("%1: \"%2\" is missing or has the wrong JSON type.").arg(where, QString::fromLatin1(key))};
    return *it;
}

FieldSpec parseField(const json &j, const QString &where)
{
    if (!j.is_object())
        throw MatrixError{Text::tr("%1: a field must be a JSON object.").arg(where)};
    FieldSpec f;
    f.id = str(j, "id", true, where);
    const QString at = where + u" field \""_s + f.id + u'"';
    f.label = text(j, "label", true, at);
    const QString kind = str(j, "kind", true, at);
    bool known = false;
    for (const auto &[k, name] : FieldKindIds) {
        if (kind == QLatin1StringView(name)) {
            f.kind = k;
            known = true;
        }
    }
    if (!known)
        throw MatrixError{Text::tr("%1 has the unknown field kind \"%2\".").arg(at, kind)};
    f.required = flag(j, "required", at);
    f.secret = flag(j, "secret", at);
    f.defaultValue = str(j, "default", false, at);
    return f;
}

StorageTypeSpec parseType(const json &j, const QList<AuthKindSpec> &authKinds)
{
    if (!j.is_object())
        throw MatrixError{Text::tr("Each entry of \"types\" must be a JSON object.")};
    StorageTypeSpec t;
    t.id = str(j, "id", true, Text::tr("A storage type"));
    const auto type = StorageTypes::storageTypeFromId(t.id);
    if (!type) {
        throw MatrixError{Text::tr("Unknown storage type \"%1\" (known: %2).")
                              .arg(t.id, StorageTypes::storageTypeIds().join(u", "_s))};
    }
    t.type = *type;
    const QString where = u"Storage type \""_s + t.id + u'"';
    t.label = text(j, "label", true, where);
    t.description = text(j, "description", true, where);
    t.note = text(j, "note", false, where);
    t.v1Type = str(j, "v1Type", true, where);
    t.v2Type = str(j, "v2Type", false, where);
    t.canCreate = flag(j, "canCreate", where);
    t.canBeDefault = flag(j, "canBeDefault", where);
    const json &location = member(j, "location", json::value_t::object, where);
    t.accountField = str(location, "account", false, where);
    t.containerField = str(location, "container", false, where);
    for (const json &f : member(j, "fields", json::value_t::array, where))
        t.fields.append(parseField(f, where));

    const json &auth = member(j, "auth", json::value_t::object, where);
    if (auth.empty())
        throw MatrixError{Text::tr("%1 allows no authentication kind.").arg(where)};
    for (auto it = auth.begin(); it != auth.end(); ++it) {
        const QString kindId = QString::fromStdString(it.key());
        const auto kind = StorageTypes::authKindFromId(kindId);
        if (!kind) {
            throw MatrixError{Text::tr("%1 uses the unknown authentication kind \"%2\" (known: %3).")
                                  .arg(where, kindId, StorageTypes::authKindIds().join(u", "_s))};
        }
        const bool described = std::any_of(authKinds.begin(), authKinds.end(),
                                           [&](const AuthKindSpec &a) { return a.kind == *kind; });
        if (!described)
            throw MatrixError{Text::tr("%1 uses the authentication kind \"%2\", which \"authKinds\" does not describe.").arg(where, kindId)};
        if (!it->is_array())
            throw MatrixError{Text::tr("%1: the fields of \"%2\" must be a JSON array.").arg(where, kindId)};
        AuthSpec spec;
        spec.kind = *kind;
        for (const json &f : *it)
            spec.fields.append(parseField(f, where + u" auth \""_s + kindId + u'"'));
        t.auth.append(spec);
    }

    // Field ids must be unique across the type's own fields and every auth kind's fields.
    for (const AuthSpec &a : std::as_const(t.auth)) {
        QStringList seen;
        for (const FieldSpec &f : t.allFields(a.kind)) {
            if (seen.contains(f.id))
                throw MatrixError{Text::tr("%1 declares the field \"%2\" twice.").arg(where, f.id)};
            seen.append(f.id);
        }
    }
    for (const QString &loc : {t.accountField, t.containerField}) {
        if (!loc.isEmpty() && !std::any_of(t.fields.begin(), t.fields.end(), [&](const FieldSpec &f) { return f.id == loc; }))
            throw MatrixError{Text::tr("%1: the location field \"%2\" is not one of its fields.").arg(where, loc)};
    }
    return t;
}

} // namespace

QString FieldSpec::flag() const
{
    QString name = id;
    name.replace(u'_', u'-');
    return u"--"_s + name;
}

QList<FieldSpec> AuthSpec::secretFields() const
{
    QList<FieldSpec> out;
    for (const FieldSpec &f : fields) {
        if (f.secret)
            out.append(f);
    }
    return out;
}

const AuthSpec *StorageTypeSpec::authSpec(AuthKind kind) const
{
    for (const AuthSpec &a : auth) {
        if (a.kind == kind)
            return &a;
    }
    return nullptr;
}

QList<AuthKind> StorageTypeSpec::authKinds() const
{
    QList<AuthKind> out;
    for (const AuthSpec &a : auth)
        out.append(a.kind);
    return out;
}

QList<FieldSpec> StorageTypeSpec::allFields(AuthKind kind) const
{
    QList<FieldSpec> out = fields;
    if (const AuthSpec *a = authSpec(kind))
        out.append(a->fields);
    return out;
}

const FieldSpec *StorageTypeSpec::field(const QString &fieldId, AuthKind kind) const
{
    for (const FieldSpec &f : fields) {
        if (f.id == fieldId)
            return &f;
    }
    if (const AuthSpec *a = authSpec(kind)) {
        for (const FieldSpec &f : a->fields) {
            if (f.id == fieldId)
                return &f;
        }
    }
    return nullptr;
}

Result<SupportMatrix> SupportMatrix::parse(const QByteArray &bytes)
{
    const auto fail = [](const QString &message) {
        return ApiError::make(ApiError::Kind::Parse, u"matrix.invalid"_s,
                              Text::tr("The storage support matrix is invalid: %1").arg(message));
    };
    const json doc = json::parse(bytes.begin(), bytes.end(), nullptr, /*allow_exceptions=*/false);
    if (doc.is_discarded() || !doc.is_object())
        return fail(Text::tr("it is not a JSON object."));
    try {
        SupportMatrix m;
        for (const json &a : member(doc, "authKinds", json::value_t::array, u"The matrix"_s)) {
            AuthKindSpec spec;
            const QString kindId = str(a, "id", true, Text::tr("An authentication kind"));
            const auto kind = StorageTypes::authKindFromId(kindId);
            if (!kind) {
                throw MatrixError{Text::tr("Unknown authentication kind \"%1\" (known: %2).")
                                      .arg(kindId, StorageTypes::authKindIds().join(u", "_s))};
            }
            spec.kind = *kind;
            spec.label = text(a, "label", true, kindId);
            spec.description = text(a, "description", false, kindId);
            m.m_authKinds.append(spec);
        }
        for (const json &t : member(doc, "types", json::value_t::array, u"The matrix"_s)) {
            StorageTypeSpec spec = parseType(t, m.m_authKinds);
            for (const StorageTypeSpec &earlier : std::as_const(m.m_types)) {
                if (earlier.type == spec.type)
                    throw MatrixError{Text::tr("The storage type \"%1\" is listed twice.").arg(spec.id)};
            }
            m.m_types.append(spec);
        }
        for (StorageType type : StorageTypes::allStorageTypes()) {
            const bool present = std::any_of(m.m_types.begin(), m.m_types.end(),
                                             [&](const StorageTypeSpec &s) { return s.type == type; });
            if (!present)
                throw MatrixError{Text::tr("The storage type \"%1\" is missing.").arg(StorageTypes::id(type))};
        }
        return m;
    } catch (const MatrixError &e) {
        return fail(e.message);
    } catch (const json::exception &e) {
        return fail(QString::fromUtf8(e.what()));
    }
}

const SupportMatrix &SupportMatrix::builtin()
{
    static const SupportMatrix matrix = [] {
        QFile file(u":/support-matrix.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The built-in support matrix resource is missing");
        Result<SupportMatrix> parsed = SupportMatrix::parse(file.readAll());
        if (!parsed)
            qFatal("%s", qPrintable(parsed.error().message));
        return parsed.takeValue();
    }();
    return matrix;
}

const StorageTypeSpec &SupportMatrix::type(StorageType type) const
{
    for (const StorageTypeSpec &s : m_types) {
        if (s.type == type)
            return s;
    }
    Q_UNREACHABLE(); // parse() guarantees every type is present
}

const AuthKindSpec &SupportMatrix::authKind(AuthKind kind) const
{
    for (const AuthKindSpec &a : m_authKinds) {
        if (a.kind == kind)
            return a;
    }
    static const AuthKindSpec unknown;
    return unknown;
}
