#pragma once

#include <QDialog>

#include "services/core/preferences.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

// Settings… of the studio: its language, the connections per transfer, Content-MD5 on every
// transfer, how much of a file a preview reads, whether to ask before anything that exists is
// replaced, and the palette. OK keeps them in the settings file (Preferences); a language
// change takes effect at the next start, everything else at once.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(const Preferences &current, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    Preferences preferences() const;

private:
    void updateNote();

    Preferences m_initial;
    QComboBox *m_language;
    QSpinBox *m_parallel;
    QCheckBox *m_verifyMd5;
    QComboBox *m_previewSize;
    QCheckBox *m_askOverwrite;
    QComboBox *m_appearance;
    QLabel *m_note;
};
