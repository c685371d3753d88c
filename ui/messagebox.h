#pragma once

#include <QMessageBox>

// Modal questions, only where a decision is needed (unregister). Tests pre-answer them with
// setNextAnswer() (KeePassXC's seam), so no dialog blocks an offscreen run.
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static QString lastQuestion();

private:
    static QMessageBox::StandardButton s_nextAnswer;
    static QString s_lastQuestion;
};
