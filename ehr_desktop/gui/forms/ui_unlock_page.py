# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unlock_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QFrame,
    QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QVBoxLayout, QWidget)

class Ui_UnlockPage(object):
    def setupUi(self, UnlockPage):
        if not UnlockPage.objectName():
            UnlockPage.setObjectName(u"UnlockPage")
        UnlockPage.resize(720, 560)
        self.outerLayout = QGridLayout(UnlockPage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.topSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.topSpacer, 0, 1, 1, 1)

        self.leftSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outerLayout.addItem(self.leftSpacer, 1, 0, 1, 1)

        self.card = QFrame(UnlockPage)
        self.card.setObjectName(u"card")
        self.card.setProperty(u"role", u"card")
        self.card.setMinimumSize(QSize(420, 0))
        self.card.setMaximumSize(QSize(520, 16777215))
        self.cardLayout = QVBoxLayout(self.card)
        self.cardLayout.setSpacing(10)
        self.cardLayout.setObjectName(u"cardLayout")
        self.cardLayout.setContentsMargins(28, 24, 28, 24)
        self.titleLabel = QLabel(self.card)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"pageTitle")

        self.cardLayout.addWidget(self.titleLabel)

        self.vaultNameLabel = QLabel(self.card)
        self.vaultNameLabel.setObjectName(u"vaultNameLabel")
        self.vaultNameLabel.setText(u"")
        self.vaultNameLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.cardLayout.addWidget(self.vaultNameLabel)

        self.vaultPathLabel = QLabel(self.card)
        self.vaultPathLabel.setObjectName(u"vaultPathLabel")
        self.vaultPathLabel.setProperty(u"role", u"hint")
        self.vaultPathLabel.setText(u"")
        self.vaultPathLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.vaultPathLabel)

        self.modeStack = QStackedWidget(self.card)
        self.modeStack.setObjectName(u"modeStack")
        self.passphraseMode = QWidget()
        self.passphraseMode.setObjectName(u"passphraseMode")
        self.passphraseLayout = QVBoxLayout(self.passphraseMode)
        self.passphraseLayout.setObjectName(u"passphraseLayout")
        self.passphraseLayout.setContentsMargins(0, -1, 0, -1)
        self.passphraseLabel = QLabel(self.passphraseMode)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.passphraseLayout.addWidget(self.passphraseLabel)

        self.passphraseEdit = QLineEdit(self.passphraseMode)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphraseLayout.addWidget(self.passphraseEdit)

        self.errorLabel = QLabel(self.passphraseMode)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setProperty(u"role", u"error")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.passphraseLayout.addWidget(self.errorLabel)

        self.rememberCheck = QCheckBox(self.passphraseMode)
        self.rememberCheck.setObjectName(u"rememberCheck")

        self.passphraseLayout.addWidget(self.rememberCheck)

        self.unlockButton = QPushButton(self.passphraseMode)
        self.unlockButton.setObjectName(u"unlockButton")
        self.unlockButton.setProperty(u"role", u"primary")

        self.passphraseLayout.addWidget(self.unlockButton)

        self.linkRow = QHBoxLayout()
        self.linkRow.setObjectName(u"linkRow")
        self.useRecoveryButton = QPushButton(self.passphraseMode)
        self.useRecoveryButton.setObjectName(u"useRecoveryButton")
        self.useRecoveryButton.setFlat(True)

        self.linkRow.addWidget(self.useRecoveryButton)

        self.linkSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.linkRow.addItem(self.linkSpacer)

        self.otherVaultButton = QPushButton(self.passphraseMode)
        self.otherVaultButton.setObjectName(u"otherVaultButton")
        self.otherVaultButton.setFlat(True)

        self.linkRow.addWidget(self.otherVaultButton)


        self.passphraseLayout.addLayout(self.linkRow)

        self.modeStack.addWidget(self.passphraseMode)
        self.recoveryMode = QWidget()
        self.recoveryMode.setObjectName(u"recoveryMode")
        self.recoveryLayout = QVBoxLayout(self.recoveryMode)
        self.recoveryLayout.setObjectName(u"recoveryLayout")
        self.recoveryLayout.setContentsMargins(0, -1, 0, -1)
        self.recoveryIntroLabel = QLabel(self.recoveryMode)
        self.recoveryIntroLabel.setObjectName(u"recoveryIntroLabel")
        self.recoveryIntroLabel.setProperty(u"role", u"hint")
        self.recoveryIntroLabel.setWordWrap(True)

        self.recoveryLayout.addWidget(self.recoveryIntroLabel)

        self.recoveryForm = QFormLayout()
        self.recoveryForm.setObjectName(u"recoveryForm")
        self.recoveryKeyLabel = QLabel(self.recoveryMode)
        self.recoveryKeyLabel.setObjectName(u"recoveryKeyLabel")

        self.recoveryForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recoveryKeyLabel)

        self.recoveryKeyEdit = QLineEdit(self.recoveryMode)
        self.recoveryKeyEdit.setObjectName(u"recoveryKeyEdit")
        self.recoveryKeyEdit.setPlaceholderText(u"XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")

        self.recoveryForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recoveryKeyEdit)

        self.newPassphraseLabel = QLabel(self.recoveryMode)
        self.newPassphraseLabel.setObjectName(u"newPassphraseLabel")

        self.recoveryForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newPassphraseLabel)

        self.newPassphraseEdit = QLineEdit(self.recoveryMode)
        self.newPassphraseEdit.setObjectName(u"newPassphraseEdit")
        self.newPassphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.recoveryForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newPassphraseEdit)

        self.strengthLabel = QLabel(self.recoveryMode)
        self.strengthLabel.setObjectName(u"strengthLabel")
        self.strengthLabel.setProperty(u"role", u"hint")
        self.strengthLabel.setText(u"")

        self.recoveryForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.strengthLabel)

        self.repeatLabel = QLabel(self.recoveryMode)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.recoveryForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(self.recoveryMode)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.recoveryForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.repeatEdit)


        self.recoveryLayout.addLayout(self.recoveryForm)

        self.recoveryErrorLabel = QLabel(self.recoveryMode)
        self.recoveryErrorLabel.setObjectName(u"recoveryErrorLabel")
        self.recoveryErrorLabel.setProperty(u"role", u"error")
        self.recoveryErrorLabel.setText(u"")
        self.recoveryErrorLabel.setWordWrap(True)

        self.recoveryLayout.addWidget(self.recoveryErrorLabel)

        self.recoveryButtons = QHBoxLayout()
        self.recoveryButtons.setObjectName(u"recoveryButtons")
        self.backButton = QPushButton(self.recoveryMode)
        self.backButton.setObjectName(u"backButton")

        self.recoveryButtons.addWidget(self.backButton)

        self.recoverySpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recoveryButtons.addItem(self.recoverySpacer)

        self.recoverButton = QPushButton(self.recoveryMode)
        self.recoverButton.setObjectName(u"recoverButton")
        self.recoverButton.setProperty(u"role", u"primary")

        self.recoveryButtons.addWidget(self.recoverButton)


        self.recoveryLayout.addLayout(self.recoveryButtons)

        self.modeStack.addWidget(self.recoveryMode)

        self.cardLayout.addWidget(self.modeStack)

        self.busyBar = QProgressBar(self.card)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)
        self.busyBar.setVisible(False)

        self.cardLayout.addWidget(self.busyBar)


        self.outerLayout.addWidget(self.card, 1, 1, 1, 1)

        self.rightSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outerLayout.addItem(self.rightSpacer, 1, 2, 1, 1)

        self.bottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer, 2, 1, 1, 1)

#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.recoveryKeyLabel.setBuddy(self.recoveryKeyEdit)
        self.newPassphraseLabel.setBuddy(self.newPassphraseEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passphraseEdit, self.rememberCheck)
        QWidget.setTabOrder(self.rememberCheck, self.unlockButton)
        QWidget.setTabOrder(self.unlockButton, self.useRecoveryButton)
        QWidget.setTabOrder(self.useRecoveryButton, self.otherVaultButton)
        QWidget.setTabOrder(self.otherVaultButton, self.recoveryKeyEdit)
        QWidget.setTabOrder(self.recoveryKeyEdit, self.newPassphraseEdit)
        QWidget.setTabOrder(self.newPassphraseEdit, self.repeatEdit)
        QWidget.setTabOrder(self.repeatEdit, self.recoverButton)
        QWidget.setTabOrder(self.recoverButton, self.backButton)

        self.retranslateUi(UnlockPage)

        self.modeStack.setCurrentIndex(0)
        self.unlockButton.setDefault(True)


        QMetaObject.connectSlotsByName(UnlockPage)
    # setupUi

    def retranslateUi(self, UnlockPage):
        self.titleLabel.setText(QCoreApplication.translate("UnlockPage", u"Unlock vault", None))
        self.passphraseLabel.setText(QCoreApplication.translate("UnlockPage", u"&Passphrase", None))
        self.passphraseEdit.setPlaceholderText(QCoreApplication.translate("UnlockPage", u"Type the vault's passphrase", None))
        self.rememberCheck.setText(QCoreApplication.translate("UnlockPage", u"&Remember on this computer", None))
#if QT_CONFIG(tooltip)
        self.rememberCheck.setToolTip(QCoreApplication.translate("UnlockPage", u"Unlock without typing the passphrase on this computer. The key is kept in the system password store (Windows Credential Manager, macOS Keychain).", None))
#endif // QT_CONFIG(tooltip)
        self.unlockButton.setText(QCoreApplication.translate("UnlockPage", u"&Unlock", None))
        self.useRecoveryButton.setText(QCoreApplication.translate("UnlockPage", u"Forgot the passphrase? Use the recovery key", None))
        self.otherVaultButton.setText(QCoreApplication.translate("UnlockPage", u"Open another vault\u2026", None))
        self.recoveryIntroLabel.setText(QCoreApplication.translate("UnlockPage", u"Type the recovery key from the vault's recovery sheet, then choose a new passphrase.", None))
        self.recoveryKeyLabel.setText(QCoreApplication.translate("UnlockPage", u"Recovery &key", None))
        self.newPassphraseLabel.setText(QCoreApplication.translate("UnlockPage", u"&New passphrase", None))
        self.repeatLabel.setText(QCoreApplication.translate("UnlockPage", u"R&epeat", None))
        self.backButton.setText(QCoreApplication.translate("UnlockPage", u"&Back", None))
        self.recoverButton.setText(QCoreApplication.translate("UnlockPage", u"Set new passphrase and unlock", None))
        pass
    # retranslateUi

