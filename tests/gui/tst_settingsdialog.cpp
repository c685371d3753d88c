// Settings…, as a user changes them: opened with Ctrl+, from the main window, changed with the
// keyboard and the mouse, kept in the settings file by OK (and not by Cancel), shown again
// when reopened, and in force at once — the palette, and every browser window, open or
// opened later (connections per transfer, Content-MD5, the preview's size, asking before
// replacing).
#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

#include "models/datastorelistmodel.h"
#include "models/storagebrowsermodel.h"
#include "services/transfer/transferqueue.h"
#include "support/sharedfileshare.h"
#include "support/guifixture.h"
#include "ui/appearance.h"
#include "ui/mainwindow.h"
#include "ui/messagebanner.h"
#include "ui/settingsdialog.h"
#include "ui/storagebrowserwindow.h"
#include "ui/storagepreviewpane.h"
#include "ui/tones.h"

using namespace Qt::Literals::StringLiterals;

namespace {


// Moves the focus to the field of `dialog` whose label has the mnemonic `key`, as Alt+key does.
bool focusByMnemonic(QWidget *dialog, Qt::Key key, QWidget *field)
{
    if (!QTest::qWaitFor([dialog] { return QApplication::activeWindow() == dialog; }, 2000)) // mnemonics answer in the active window
        return false;
    QTest::keyClick(dialog, key, Qt::AltModifier);
    return QTest::qWaitFor([field] { return field->hasFocus() || field->isAncestorOf(QApplication::focusWidget()); }, 1000);
}

// Picks the item of a combo box whose data is `data` as a person does: Alt+mnemonic, then
// arrow keys on the focused combo.
void choose(QWidget *dialog, Qt::Key mnemonic, QComboBox *combo, const QVariant &data)
{
    const int target = combo->findData(data);
    QVERIFY2(target >= 0, qPrintable(data.toString()));
    QVERIFY(focusByMnemonic(dialog, mnemonic, combo));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Home);
    for (int i = 0; i < target; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QCOMPARE(combo->currentIndex(), target);
}

// Replaces the number in "Connections per transfer" from the keyboard: Alt+C, Ctrl+A, digits.
void typeConnections(QWidget *dialog, const QString &digits)
{
    auto *spin = dialog->findChild<QSpinBox *>(u"parallelSpin"_s);
    QVERIFY(focusByMnemonic(dialog, Qt::Key_C, spin));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), digits);
    QCOMPARE(spin->value(), digits.toInt());
}

} // namespace

class tst_SettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void changedSettingsAreKeptAndApplied();
    void cancelChangesNothing();

private:
    SettingsDialog *openSettings();
    std::unique_ptr<GuiFixture> f;
    std::unique_ptr<DatastoreListModel> model;
    std::unique_ptr<MainWindow> window;
    QString m_file;
};

void tst_SettingsDialog::init()
{
    quietOffscreenWarnings();
    f = std::make_unique<GuiFixture>();
    m_file = f->dir.filePath(u"preferences.ini"_s); // the workspace catalog has settings.ini here
    model = std::make_unique<DatastoreListModel>(SupportMatrix::builtin());
    window = std::make_unique<MainWindow>(f->manager.get(), model.get(), SupportMatrix::builtin());
    Preferences light;
    light.appearance = Preferences::Appearance::Light;
    window->setPreferences(light, m_file);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(!Appearance::isDark());
}

void tst_SettingsDialog::cleanup()
{
    window.reset();
    model.reset();
    f.reset();
    QApplication::setPalette(QApplication::style()->standardPalette());
}

SettingsDialog *tst_SettingsDialog::openSettings()
{
    // In the main window (a browser window may be the active one): clicked, then Ctrl+,.
    QTest::mouseClick(window->statusBar(), Qt::LeftButton);
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        return nullptr;
    QTest::keyClick(window.get(), Qt::Key_Comma, Qt::ControlModifier);
    SettingsDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = window->findChild<SettingsDialog *>()) && dialog->isVisible(); }))
        return nullptr;
    return dialog;
}

void tst_SettingsDialog::changedSettingsAreKeptAndApplied()
{
    // A browser already open, on a file share.
    SharedFileShare share;
    QVERIFY(share.start(*f, {{u"readme.md"_s, "# hi"}}));
    QNetworkAccessManager network;
    StorageHttp http(&network);
    DatastoreConnector connector(&http, SupportMatrix::builtin());
    window->setConnector(&connector);
    QTest::keyClick(window.get(), Qt::Key_F5); // Refresh
    auto *view = window->datastoreView();
    QTRY_VERIFY(!view->model()->match(view->model()->index(0, 0), Qt::DisplayRole, u"shared"_s, 1, Qt::MatchExactly).isEmpty());
    const QModelIndex shared = view->model()->match(view->model()->index(0, 0), Qt::DisplayRole, u"shared"_s, 1, Qt::MatchExactly).first();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(shared).center());
    QTest::keyClick(window.get(), Qt::Key_B, Qt::ControlModifier);
    QTRY_VERIFY(window->lastBrowser());
    StorageBrowserWindow *before = window->lastBrowser();
    QCOMPARE(before->transferOptions().parallel, 4);
    QCOMPARE(before->transfers()->conflictPolicy(), TransferQueue::ConflictPolicy::Ask);

    SettingsDialog *dialog = openSettings();
    QVERIFY(dialog);
    typeConnections(dialog, u"8"_s);
    auto *md5 = dialog->findChild<QCheckBox *>(u"verifyMd5Check"_s);
    QTest::mouseClick(md5, Qt::LeftButton, {}, QPoint(8, md5->height() / 2));
    QVERIFY(md5->isChecked());
    choose(dialog, Qt::Key_P, dialog->findChild<QComboBox *>(u"previewSizeCombo"_s), 1024LL * 1024);
    auto *ask = dialog->findChild<QCheckBox *>(u"askOverwriteCheck"_s);
    QTest::mouseClick(ask, Qt::LeftButton, {}, QPoint(8, ask->height() / 2));
    QVERIFY(!ask->isChecked());
    choose(dialog, Qt::Key_R, dialog->findChild<QComboBox *>(u"appearanceCombo"_s), int(Preferences::Appearance::Dark));
    auto *note = dialog->findChild<QLabel *>(u"settingsNote"_s);
    QVERIFY(note->isHidden());
    choose(dialog, Qt::Key_L, dialog->findChild<QComboBox *>(u"languageCombo"_s), u"nl"_s);
    QVERIFY(note->isVisible() && note->text().contains(u"next start"_s)); // said before OK
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!window->findChild<SettingsDialog *>());

    // Kept in the file…
    const auto kept = Preferences::load(m_file);
    QVERIFY(kept);
    QCOMPARE(kept.value().parallel, 8);
    QVERIFY(kept.value().verifyMd5);
    QCOMPARE(kept.value().previewBytes, 1024 * 1024);
    QVERIFY(!kept.value().askBeforeOverwrite);
    QCOMPARE(kept.value().appearance, Preferences::Appearance::Dark);
    QCOMPARE(kept.value().language, u"nl"_s);
    QVERIFY(window->banner()->text().contains(u"next start"_s));
    // …in force at once: the palette, the open browser and the next one.
    QVERIFY(Appearance::isDark());
    for (StorageBrowserWindow *b : {before}) {
        QCOMPARE(b->transferOptions().parallel, 8);
        QVERIFY(b->transferOptions().verifyMd5);
        QVERIFY(b->findChild<QAction *>(u"actionVerifyMd5"_s)->isChecked());
        QCOMPARE(b->preview()->previewBytes(), 1024 * 1024);
        QCOMPARE(b->transfers()->conflictPolicy(), TransferQueue::ConflictPolicy::Replace);
    }
    QTest::mouseClick(window->statusBar(), Qt::LeftButton);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_B, Qt::ControlModifier);
    QTRY_VERIFY(window->lastBrowser() && window->lastBrowser() != before);
    QCOMPARE(window->lastBrowser()->transferOptions().parallel, 8);
    QCOMPARE(window->lastBrowser()->preview()->previewBytes(), 1024 * 1024);
    // …and shown again.
    dialog = openSettings();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QSpinBox *>(u"parallelSpin"_s)->value(), 8);
    QVERIFY(!dialog->findChild<QCheckBox *>(u"askOverwriteCheck"_s)->isChecked());
    QCOMPARE(dialog->findChild<QComboBox *>(u"languageCombo"_s)->currentData().toString(), u"nl"_s);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!window->findChild<SettingsDialog *>());
    delete window->lastBrowser();
    delete before;
}

void tst_SettingsDialog::cancelChangesNothing()
{
    SettingsDialog *dialog = openSettings();
    QVERIFY(dialog);
    typeConnections(dialog, u"2"_s);
    choose(dialog, Qt::Key_R, dialog->findChild<QComboBox *>(u"appearanceCombo"_s), int(Preferences::Appearance::Dark));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!window->findChild<SettingsDialog *>());
    QVERIFY(!QFile::exists(m_file));
    QCOMPARE(window->preferences().parallel, 4);
    QVERIFY(!Appearance::isDark());
}

QTEST_MAIN(tst_SettingsDialog)
#include "tst_settingsdialog.moc"
