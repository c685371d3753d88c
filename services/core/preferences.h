#pragma once

#include <QProcessEnvironment>
#include <QString>

#include "services/core/result.h"

// The user's preferences for both programs, kept in the [preferences] group of
// <AppConfigLocation>/settings.ini (XDG: ~/.config/datastore-studio/settings.ini), beside the
// workspace catalog's keys; never a secret. The studio edits them in its Settings dialog;
// dsstudio reads them too, under its environment variables and flags:
//   DSSTUDIO_LANG / --lang            language: system, en or nl
//   DSSTUDIO_PARALLEL / --parallel    connections per transfer, 1 to 16
//   DSSTUDIO_VERIFY / --verify        length, or md5 (Content-MD5 checked both ways)
struct Preferences
{
    enum class Appearance { System, Light, Dark };

    QString language = QStringLiteral("system");  // "system" or a code of Translations::available()
    int parallel = 4;                              // connections per transfer (TransferOptions::parallel)
    bool verifyMd5 = false;                        // Content-MD5 on every transfer
    qint64 previewBytes = 64 * 1024;               // how much of a file a preview reads
    bool askBeforeOverwrite = true;                // false: what exists is replaced without a question
    Appearance appearance = Appearance::System;    // the palette: the desktop's, or light, or dark

    static constexpr int MaxParallel = 16;
    static constexpr qint64 MinPreviewBytes = 4 * 1024;
    static constexpr qint64 MaxPreviewBytes = 16 * 1024 * 1024;

    // The settings file both programs use.
    static QString defaultFile();
    // What `file` holds; a value that breaks its rule is an error naming the key and the rule
    // (the file is left as it is), a missing one its default.
    static Result<Preferences> load(const QString &file = defaultFile());
    // Writes every preference into `file`, keeping its other groups.
    VoidResult save(const QString &file = defaultFile()) const;
    // These preferences overridden by dsstudio's environment variables (above); a bad value
    // is an error naming the variable and the rule.
    Result<Preferences> withEnvironment(const QProcessEnvironment &env) const;

    static QString appearanceId(Appearance a);
    bool operator==(const Preferences &) const = default;
};
