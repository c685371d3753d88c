#pragma once

#include <optional>

#include <QString>
#include <QStringList>

#include "services/core/apierror.h"
#include "services/core/result.h"

// The languages of the studio and of dsstudio: English (the source language) and those of
// resources/translations (embedded in the programs as :/i18n/datastore-studio_<lang>.qm),
// with Qt's own translations (qtbase: the standard buttons and dialogs) beside them.
//
// Which one: --lang (or the studio's language setting) when given, else the first of the
// system's UI languages the studio has (LANGUAGE, then LC_ALL / LC_MESSAGES / LANG, as
// QLocale::system() reads them), else English.
namespace Translations {

// "en" and every translation that is embedded, sorted ("en", "nl").
QStringList available();
// The language's own name ("English", "Nederlands").
QString nativeName(const QString &language);
// The language to use for `requested` ("", "system", or a code such as "nl", "nl_BE", "en-US"),
// or an error naming the option and the languages there are.
Result<QString> choose(const QString &requested, const QString &option = QStringLiteral("--lang"));
// Installs the translations of `language` (one of available()) into the application, in
// place of any installed before; "en" installs none. Call before any window or text is made.
void install(const QString &language);
// The language installed last ("en" when none).
QString current();
// Takes `--lang CODE` / `--lang=CODE` out of a program's arguments (the last one given wins);
// empty when there is none.
QString takeLanguageOption(QStringList *arguments);

} // namespace Translations
