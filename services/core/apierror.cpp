#include "services/core/apierror.h"

using namespace Qt::Literals::StringLiterals;

ApiError ApiError::make(Kind kind, const QString &code, const QString &message, const QString &field,
                        const QString &detail)
{
    ApiError e;
    e.kind = kind;
    e.code = code;
    e.message = message;
    e.field = field;
    e.detail = detail;
    return e;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return u"none"_s;
    case Kind::InvalidInput: return u"invalid_input"_s;
    case Kind::NotFound: return u"not_found"_s;
    case Kind::Conflict: return u"conflict"_s;
    case Kind::Refused: return u"refused"_s;
    case Kind::Unsupported: return u"unsupported"_s;
    case Kind::Database: return u"database"_s;
    case Kind::Secret: return u"secret"_s;
    case Kind::Network: return u"network"_s;
    case Kind::Http: return u"http"_s;
    case Kind::Auth: return u"auth"_s;
    case Kind::Parse: return u"parse"_s;
    case Kind::Cancelled: return u"cancelled"_s;
    }
    return u"unknown"_s;
}

QString ApiError::toString() const
{
    if (detail.isEmpty())
        return message;
    return message + u" ("_s + detail + u')';
}
