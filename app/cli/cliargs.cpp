#include "app/cli/cliargs.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {

// The texts of the code below that is not a member of Cli, for tr() and for lupdate alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

ApiError usageError(const QString &field, const QString &message)
{
    return ApiError::make(ApiError::Kind::InvalidInput, u"usage"_s, message, field);
}

} // namespace

CliSpec CliSpec::positional(int minCount, int maxCount, const QString &usage)
{
    CliSpec spec;
    spec.minPositional = minCount;
    spec.maxPositional = maxCount;
    spec.usage = usage;
    return spec;
}

Result<CliArgs> parseCliArgs(const QStringList &words, const CliSpec &spec)
{
    CliArgs out;
    bool onlyPositional = false;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        if (onlyPositional || !word.startsWith(u"--"_s) || word == u"--"_s) {
            if (word == u"--"_s && !onlyPositional) {
                onlyPositional = true;
                continue;
            }
            out.positional.append(word);
            continue;
        }
        QString option = word;
        std::optional<QString> inlineValue;
        if (const qsizetype eq = word.indexOf(u'='); eq > 0) {
            option = word.left(eq);
            inlineValue = word.mid(eq + 1);
        }
        if (spec.secretOptions.contains(option)) {
            // Never echo the value: it is a secret typed where it should not be.
            return usageError(option, Text::tr("%1: secrets are never accepted on the command line (they would be visible in the "
                                         "process list and shell history); give them with --secret-stdin or --secret-env %2=VAR.")
                                          .arg(option, option.mid(2).replace(u'-', u'_')));
        }
        if (spec.switches.contains(option)) {
            if (inlineValue)
                return usageError(option, Text::tr("%1 takes no value.").arg(option));
            if (out.switches.contains(option))
                return usageError(option, Text::tr("%1 is given twice.").arg(option));
            out.switches.insert(option);
            continue;
        }
        if (!spec.valueOptions.contains(option)) {
            return usageError(option, Text::tr("unknown option %1.%2").arg(option, spec.usage.isEmpty() ? QString() : u" "_s + spec.usage));
        }
        QString value;
        if (inlineValue) {
            value = *inlineValue;
        } else {
            if (i + 1 >= words.size() || (words.at(i + 1).startsWith(u"--"_s) && words.at(i + 1).size() > 2))
                return usageError(option, Text::tr("%1 needs a value.").arg(option));
            value = words.at(++i);
        }
        if (spec.repeatable.contains(option)) {
            out.repeated[option].append(value);
            continue;
        }
        if (out.values.contains(option))
            return usageError(option, Text::tr("%1 is given twice.").arg(option));
        out.values.insert(option, value);
    }
    if (out.positional.size() < spec.minPositional) {
        return usageError({}, Text::tr("missing argument. %1").arg(spec.usage));
    }
    if (out.positional.size() > spec.maxPositional) {
        return usageError({}, Text::tr("unexpected argument '%1'. %2").arg(out.positional.at(spec.maxPositional), spec.usage));
    }
    return out;
}
