#pragma once

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include "services/core/result.h"

// Command-line words after the command: positional arguments, options with a value
// (--name VALUE or --name=VALUE) and boolean switches. Options given twice are an error,
// except the ones declared repeatable (collected in order).
struct CliArgs
{
    QStringList positional;
    QMap<QString, QString> values;            // option -> value
    QMap<QString, QStringList> repeated;      // repeatable option -> values
    QSet<QString> switches;

    bool has(const QString &option) const { return values.contains(option) || switches.contains(option) || repeated.contains(option); }
    QString value(const QString &option) const { return values.value(option); }
};

struct CliSpec
{
    QSet<QString> valueOptions;   // "--name"
    QSet<QString> repeatable;     // subset of valueOptions
    QSet<QString> switches;       // "--json"
    QSet<QString> secretOptions;  // refused with a pointer to --secret-stdin / --secret-env
    int minPositional = 0;
    int maxPositional = 0;
    QString usage;                // shown in errors

    // A command that takes only positional arguments (and the global switches).
    static CliSpec positional(int minCount, int maxCount, const QString &usage);
};

Result<CliArgs> parseCliArgs(const QStringList &words, const CliSpec &spec);
