#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

// Reads a Qt Linguist .ts file and tells whether a text shown to a user is still English: a
// line of it that matches a source text (line by line, %1 / %n standing for anything) whose
// translation is missing or differs, and matches no translation. Texts that are not in the
// file (a datastore's name, a path) are not judged; texts whose translation equals the source
// ("Azure Blob", "OK") are Dutch too.
class TranslationCheck
{
public:
    explicit TranslationCheck(const QString &tsFile);
    bool isValid() const { return !m_english.isEmpty(); }
    int messages() const { return m_messages; }
    int unfinished() const { return m_unfinished; }

    // The lines of `text` (rich text as plain, '&' mnemonics dropped) that are English.
    QStringList english(const QString &text) const;
    // Collects the English lines of `texts`, each as "where: line".
    void check(const QString &where, const QStringList &texts, QStringList *found) const;

    static QString plain(const QString &text);

private:
    QList<QRegularExpression> m_english; // lines of sources without a different translation
    QList<QRegularExpression> m_dutch;   // lines of the translations
    int m_messages = 0;
    int m_unfinished = 0;
};
