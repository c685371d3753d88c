#include "ui/messagebox.h"

#include <QCheckBox>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

QMessageBox::StandardButton MessageBox::s_nextAnswer = QMessageBox::NoButton;
QString MessageBox::s_lastQuestion;

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    s_lastQuestion = text;
    if (s_nextAnswer != QMessageBox::NoButton) {
        const QMessageBox::StandardButton answer = s_nextAnswer;
        s_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

int MessageBox::choose(QWidget *parent, const QString &title, const QString &text, const QStringList &buttons, int defaultIndex,
                       int escape, const QString &objectName)
{
    return choose(parent, title, text, buttons, defaultIndex, escape, objectName, {}, nullptr);
}

int MessageBox::choose(QWidget *parent, const QString &title, const QString &text, const QStringList &buttons, int defaultIndex,
                       int escape, const QString &objectName, const QString &checkBoxText, bool *checked)
{
    s_lastQuestion = text;
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(objectName);
    QList<QAbstractButton *> added;
    for (int i = 0; i < buttons.size(); ++i) {
        // Roles only order the buttons as the platform does; the answer is the index.
        const QMessageBox::ButtonRole role = i == escape ? QMessageBox::RejectRole : QMessageBox::AcceptRole;
        QPushButton *b = box.addButton(buttons.at(i), role);
        b->setObjectName(u"choice%1"_s.arg(i));
        added.append(b);
    }
    if (defaultIndex >= 0 && defaultIndex < added.size())
        box.setDefaultButton(qobject_cast<QPushButton *>(added.at(defaultIndex)));
    if (escape >= 0 && escape < added.size())
        box.setEscapeButton(added.at(escape));
    QCheckBox *check = nullptr;
    if (checked && !checkBoxText.isEmpty()) {
        check = new QCheckBox(checkBoxText);
        check->setObjectName(u"choiceCheckBox"_s);
        check->setChecked(*checked);
        box.setCheckBox(check);
    }
    box.exec();
    if (check)
        *checked = check->isChecked();
    const int clicked = int(added.indexOf(box.clickedButton()));
    return clicked >= 0 ? clicked : escape;
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

QString MessageBox::lastQuestion()
{
    return s_lastQuestion;
}
