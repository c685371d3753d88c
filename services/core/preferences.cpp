#include "services/core/preferences.h"

#include <optional>

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include "services/core/translations.h"

using namespace Qt::Literals::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Preferences)
};

ApiError bad(const QString &where, const QString &rule)
{
    return ApiError::make(ApiError::Kind::InvalidInput, u"preferences.invalid"_s, u"%1: %2"_s.arg(where, rule), where);
}

// A whole number from `min` to `max`, or nothing.
std::optional<qint64> inRange(const QString &text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    return ok && n >= min && n <= max ? std::optional<qint64>(n) : std::nullopt;
}

// One value by its rule, from the settings file or the environment (`where` names it).
std::optional<ApiError> apply(Preferences *p, const QString &key, const QString &value, const QString &where)
{
    const QString v = value.trimmed();
    if (key == u"language"_s) {
        if (v != u"system"_s && !Translations::available().contains(v))
            return bad(where, Text::tr("'%1' is not a language of the studio; one of system, %2.").arg(v, Translations::available().join(u", "_s)));
        p->language = v;
    } else if (key == u"parallel"_s) {
        const auto n = inRange(v, 1, Preferences::MaxParallel);
        if (!n)
            return bad(where, Text::tr("'%1' is not a number of connections from 1 to %2.").arg(v).arg(Preferences::MaxParallel));
        p->parallel = int(*n);
    } else if (key == u"verify"_s) {
        if (v != u"md5"_s && v != u"length"_s)
            return bad(where, Text::tr("'%1' is neither length nor md5.").arg(v));
        p->verifyMd5 = v == u"md5"_s;
    } else if (key == u"preview_bytes"_s) {
        const auto n = inRange(v, Preferences::MinPreviewBytes, Preferences::MaxPreviewBytes);
        if (!n)
            return bad(where, Text::tr("'%1' is not a byte count from %2 to %3.").arg(v).arg(Preferences::MinPreviewBytes).arg(Preferences::MaxPreviewBytes));
        p->previewBytes = *n;
    } else if (key == u"ask_before_overwrite"_s) {
        if (v != u"true"_s && v != u"false"_s)
            return bad(where, Text::tr("'%1' is neither true nor false.").arg(v));
        p->askBeforeOverwrite = v == u"true"_s;
    } else if (key == u"appearance"_s) {
        if (v == u"system"_s)
            p->appearance = Preferences::Appearance::System;
        else if (v == u"light"_s)
            p->appearance = Preferences::Appearance::Light;
        else if (v == u"dark"_s)
            p->appearance = Preferences::Appearance::Dark;
        else
            return bad(where, Text::tr("'%1' is none of system, light and dark.").arg(v));
    }
    return std::nullopt;
}

const QStringList Keys = {u"language"_s, u"parallel"_s, u"verify"_s, u"preview_bytes"_s, u"ask_before_overwrite"_s, u"appearance"_s};

} // namespace

QString Preferences::defaultFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/settings.ini"_s;
}

QString Preferences::appearanceId(Appearance a)
{
    switch (a) {
    case Appearance::Light:
        return u"light"_s;
    case Appearance::Dark:
        return u"dark"_s;
    case Appearance::System:
        break;
    }
    return u"system"_s;
}

Result<Preferences> Preferences::load(const QString &file)
{
    Preferences p;
    if (!QFileInfo::exists(file))
        return p;
    QSettings settings(file, QSettings::IniFormat);
    settings.beginGroup(u"preferences"_s);
    for (const QString &key : Keys) {
        if (!settings.contains(key))
            continue;
        if (auto e = apply(&p, key, settings.value(key).toString(), u"%1 [preferences] %2"_s.arg(file, key)))
            return *e;
    }
    return p;
}

VoidResult Preferences::save(const QString &file) const
{
    QSettings settings(file, QSettings::IniFormat);
    settings.beginGroup(u"preferences"_s);
    settings.setValue(u"language"_s, language);
    settings.setValue(u"parallel"_s, parallel);
    settings.setValue(u"verify"_s, verifyMd5 ? u"md5"_s : u"length"_s);
    settings.setValue(u"preview_bytes"_s, previewBytes);
    settings.setValue(u"ask_before_overwrite"_s, askBeforeOverwrite ? u"true"_s : u"false"_s);
    settings.setValue(u"appearance"_s, appearanceId(appearance));
    settings.endGroup();
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return ApiError::make(ApiError::Kind::Database, u"preferences.write"_s, Text::tr("Could not save the settings file %1.").arg(file));
    return {};
}

Result<Preferences> Preferences::withEnvironment(const QProcessEnvironment &env) const
{
    Preferences p = *this;
    const QList<QPair<QString, QString>> variables = {{u"DSSTUDIO_LANG"_s, u"language"_s}, {u"DSSTUDIO_PARALLEL"_s, u"parallel"_s}, {u"DSSTUDIO_VERIFY"_s, u"verify"_s}};
    for (const auto &[variable, key] : variables) {
        if (!env.contains(variable) || env.value(variable).isEmpty())
            continue;
        if (auto e = apply(&p, key, env.value(variable), variable))
            return *e;
    }
    return p;
}
