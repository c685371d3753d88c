#pragma once

#include <QMap>
#include <QWidget>

#include "services/core/supportmatrix.h"

class QFormLayout;
class QLabel;

// A form generated from support-matrix fields: one editor per field (line edit, protocol
// combo, or check box), required fields starred, secret fields masked (with a reveal
// toggle), and the reason a value breaks its rule shown under the field as the user types.
// Values survive setFields() for every field id seen before, so switching the storage type
// or auth kind back and forth loses nothing. Object names: field_<id>, error_<id>.
class FieldForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldForm)

public:
    explicit FieldForm(QWidget *parent = nullptr);
    ~FieldForm() override;

    void setFields(const QList<FieldSpec> &fields);
    const QList<FieldSpec> &fields() const { return m_fields; }

    // Current values of the shown fields (empty optional ones left out), split by secrecy.
    QMap<QString, QString> values() const;
    QMap<QString, QString> secrets() const;
    void setValue(const QString &id, const QString &value);
    QString value(const QString &id) const;
    void clearSecrets();

    // True when every shown field satisfies its rule; the first problem otherwise.
    bool isComplete() const;
    QString firstProblem() const;
    QWidget *editor(const QString &id) const;

signals:
    void changed();

private:
    struct Row;
    void rebuild();
    void revalidate(const QString &id);
    QString currentText(const Row &row) const;

    QFormLayout *m_layout;
    QList<FieldSpec> m_fields;
    QList<Row *> m_rows;
    QMap<QString, QString> m_remembered; // every value typed, by field id (secrets in memory only)
};
