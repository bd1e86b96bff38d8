# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFormLayout, QFrame, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSpinBox,
    QTableView, QVBoxLayout, QWidget)

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        SettingsPage.resize(760, 640)
        self.pageLayout = QVBoxLayout(SettingsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.scrollArea = QScrollArea(SettingsPage)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setWidgetResizable(True)
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.contentLayout = QVBoxLayout(self.content)
        self.contentLayout.setSpacing(14)
        self.contentLayout.setObjectName(u"contentLayout")
        self.titleLabel = QLabel(self.content)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"pageTitle")

        self.contentLayout.addWidget(self.titleLabel)

        self.companyGroup = QGroupBox(self.content)
        self.companyGroup.setObjectName(u"companyGroup")
        self.companyForm = QFormLayout(self.companyGroup)
        self.companyForm.setObjectName(u"companyForm")
        self.companyNameLabel = QLabel(self.companyGroup)
        self.companyNameLabel.setObjectName(u"companyNameLabel")

        self.companyForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.companyNameLabel)

        self.companyRow = QHBoxLayout()
        self.companyRow.setObjectName(u"companyRow")
        self.companyNameEdit = QLineEdit(self.companyGroup)
        self.companyNameEdit.setObjectName(u"companyNameEdit")

        self.companyRow.addWidget(self.companyNameEdit)

        self.companySaveButton = QPushButton(self.companyGroup)
        self.companySaveButton.setObjectName(u"companySaveButton")

        self.companyRow.addWidget(self.companySaveButton)


        self.companyForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.companyRow)

        self.companyAddressLabel = QLabel(self.companyGroup)
        self.companyAddressLabel.setObjectName(u"companyAddressLabel")

        self.companyForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.companyAddressLabel)

        self.companyAddressEdit = QLineEdit(self.companyGroup)
        self.companyAddressEdit.setObjectName(u"companyAddressEdit")

        self.companyForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.companyAddressEdit)

        self.companyLogoLabel = QLabel(self.companyGroup)
        self.companyLogoLabel.setObjectName(u"companyLogoLabel")

        self.companyForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.companyLogoLabel)

        self.companyLogoRow = QHBoxLayout()
        self.companyLogoRow.setObjectName(u"companyLogoRow")
        self.companyLogoPreview = QLabel(self.companyGroup)
        self.companyLogoPreview.setObjectName(u"companyLogoPreview")
        self.companyLogoPreview.setMinimumSize(QSize(160, 48))
        self.companyLogoPreview.setMaximumSize(QSize(160, 48))
        self.companyLogoPreview.setFrameShape(QFrame.Shape.StyledPanel)
        self.companyLogoPreview.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.companyLogoRow.addWidget(self.companyLogoPreview)

        self.companyLogoButton = QPushButton(self.companyGroup)
        self.companyLogoButton.setObjectName(u"companyLogoButton")

        self.companyLogoRow.addWidget(self.companyLogoButton)

        self.companyLogoRemoveButton = QPushButton(self.companyGroup)
        self.companyLogoRemoveButton.setObjectName(u"companyLogoRemoveButton")

        self.companyLogoRow.addWidget(self.companyLogoRemoveButton)

        self.companyLogoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.companyLogoRow.addItem(self.companyLogoSpacer)


        self.companyForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.companyLogoRow)

        self.companyHint = QLabel(self.companyGroup)
        self.companyHint.setObjectName(u"companyHint")
        self.companyHint.setWordWrap(True)

        self.companyForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.companyHint)


        self.contentLayout.addWidget(self.companyGroup)

        self.computerGroup = QGroupBox(self.content)
        self.computerGroup.setObjectName(u"computerGroup")
        self.computerForm = QFormLayout(self.computerGroup)
        self.computerForm.setObjectName(u"computerForm")
        self.languageLabel = QLabel(self.computerGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.computerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.computerGroup)
        self.languageCombo.setObjectName(u"languageCombo")

        self.computerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.autoLockLabel = QLabel(self.computerGroup)
        self.autoLockLabel.setObjectName(u"autoLockLabel")

        self.computerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.autoLockLabel)

        self.autoLockRow = QHBoxLayout()
        self.autoLockRow.setObjectName(u"autoLockRow")
        self.autoLockSpin = QSpinBox(self.computerGroup)
        self.autoLockSpin.setObjectName(u"autoLockSpin")
        self.autoLockSpin.setMinimum(1)
        self.autoLockSpin.setMaximum(240)
        self.autoLockSpin.setValue(10)

        self.autoLockRow.addWidget(self.autoLockSpin)

        self.autoLockCheck = QCheckBox(self.computerGroup)
        self.autoLockCheck.setObjectName(u"autoLockCheck")
        self.autoLockCheck.setChecked(True)

        self.autoLockRow.addWidget(self.autoLockCheck)

        self.autoLockSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.autoLockRow.addItem(self.autoLockSpacer)


        self.computerForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.autoLockRow)

        self.rememberCheck = QCheckBox(self.computerGroup)
        self.rememberCheck.setObjectName(u"rememberCheck")

        self.computerForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.rememberCheck)

        self.computerHint = QLabel(self.computerGroup)
        self.computerHint.setObjectName(u"computerHint")
        self.computerHint.setProperty(u"role", u"hint")
        self.computerHint.setText(u"")
        self.computerHint.setWordWrap(True)

        self.computerForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.computerHint)


        self.contentLayout.addWidget(self.computerGroup)

        self.securityGroup = QGroupBox(self.content)
        self.securityGroup.setObjectName(u"securityGroup")
        self.securityLayout = QVBoxLayout(self.securityGroup)
        self.securityLayout.setObjectName(u"securityLayout")
        self.securityHint = QLabel(self.securityGroup)
        self.securityHint.setObjectName(u"securityHint")
        self.securityHint.setProperty(u"role", u"hint")
        self.securityHint.setWordWrap(True)

        self.securityLayout.addWidget(self.securityHint)

        self.securityButtons = QHBoxLayout()
        self.securityButtons.setObjectName(u"securityButtons")
        self.changePassphraseButton = QPushButton(self.securityGroup)
        self.changePassphraseButton.setObjectName(u"changePassphraseButton")

        self.securityButtons.addWidget(self.changePassphraseButton)

        self.newRecoveryKeyButton = QPushButton(self.securityGroup)
        self.newRecoveryKeyButton.setObjectName(u"newRecoveryKeyButton")

        self.securityButtons.addWidget(self.newRecoveryKeyButton)

        self.securitySpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.securityButtons.addItem(self.securitySpacer)


        self.securityLayout.addLayout(self.securityButtons)


        self.contentLayout.addWidget(self.securityGroup)

        self.checkGroup = QGroupBox(self.content)
        self.checkGroup.setObjectName(u"checkGroup")
        self.checkLayout = QVBoxLayout(self.checkGroup)
        self.checkLayout.setObjectName(u"checkLayout")
        self.checkHint = QLabel(self.checkGroup)
        self.checkHint.setObjectName(u"checkHint")
        self.checkHint.setProperty(u"role", u"hint")
        self.checkHint.setWordWrap(True)

        self.checkLayout.addWidget(self.checkHint)

        self.checkRow = QHBoxLayout()
        self.checkRow.setObjectName(u"checkRow")
        self.verifyButton = QPushButton(self.checkGroup)
        self.verifyButton.setObjectName(u"verifyButton")

        self.checkRow.addWidget(self.verifyButton)

        self.checkSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.checkRow.addItem(self.checkSpacer)


        self.checkLayout.addLayout(self.checkRow)

        self.verifyResultLabel = QLabel(self.checkGroup)
        self.verifyResultLabel.setObjectName(u"verifyResultLabel")
        self.verifyResultLabel.setText(u"")
        self.verifyResultLabel.setWordWrap(True)
        self.verifyResultLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.checkLayout.addWidget(self.verifyResultLabel)


        self.contentLayout.addWidget(self.checkGroup)

        self.customFieldsGroup = QGroupBox(self.content)
        self.customFieldsGroup.setObjectName(u"customFieldsGroup")
        self.customFieldsLayout = QVBoxLayout(self.customFieldsGroup)
        self.customFieldsLayout.setObjectName(u"customFieldsLayout")
        self.customFieldsHint = QLabel(self.customFieldsGroup)
        self.customFieldsHint.setObjectName(u"customFieldsHint")
        self.customFieldsHint.setProperty(u"role", u"hint")
        self.customFieldsHint.setWordWrap(True)

        self.customFieldsLayout.addWidget(self.customFieldsHint)

        self.customFieldsView = QTableView(self.customFieldsGroup)
        self.customFieldsView.setObjectName(u"customFieldsView")
        self.customFieldsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.customFieldsView.setAlternatingRowColors(True)
        self.customFieldsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.customFieldsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.customFieldsView.horizontalHeader().setStretchLastSection(True)
        self.customFieldsView.verticalHeader().setVisible(False)

        self.customFieldsLayout.addWidget(self.customFieldsView)

        self.customFieldsButtons = QHBoxLayout()
        self.customFieldsButtons.setObjectName(u"customFieldsButtons")
        self.addCustomFieldButton = QPushButton(self.customFieldsGroup)
        self.addCustomFieldButton.setObjectName(u"addCustomFieldButton")

        self.customFieldsButtons.addWidget(self.addCustomFieldButton)

        self.retireCustomFieldButton = QPushButton(self.customFieldsGroup)
        self.retireCustomFieldButton.setObjectName(u"retireCustomFieldButton")

        self.customFieldsButtons.addWidget(self.retireCustomFieldButton)

        self.customFieldsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.customFieldsButtons.addItem(self.customFieldsSpacer)


        self.customFieldsLayout.addLayout(self.customFieldsButtons)

        self.customFieldsMessage = QLabel(self.customFieldsGroup)
        self.customFieldsMessage.setObjectName(u"customFieldsMessage")
        self.customFieldsMessage.setText(u"")
        self.customFieldsMessage.setWordWrap(True)
        self.customFieldsMessage.setTextFormat(Qt.TextFormat.PlainText)

        self.customFieldsLayout.addWidget(self.customFieldsMessage)


        self.contentLayout.addWidget(self.customFieldsGroup)

        self.bottomSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentLayout.addItem(self.bottomSpacer)

        self.scrollArea.setWidget(self.content)

        self.pageLayout.addWidget(self.scrollArea)

#if QT_CONFIG(shortcut)
        self.companyNameLabel.setBuddy(self.companyNameEdit)
        self.companyAddressLabel.setBuddy(self.companyAddressEdit)
        self.languageLabel.setBuddy(self.languageCombo)
        self.autoLockLabel.setBuddy(self.autoLockSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsPage)

        QMetaObject.connectSlotsByName(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.titleLabel.setText(QCoreApplication.translate("SettingsPage", u"Settings", None))
        self.companyGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Company", None))
        self.companyNameLabel.setText(QCoreApplication.translate("SettingsPage", u"Company &name", None))
#if QT_CONFIG(tooltip)
        self.companyNameEdit.setToolTip(QCoreApplication.translate("SettingsPage", u"Printed on appraisal sheets and dossiers.", None))
#endif // QT_CONFIG(tooltip)
        self.companySaveButton.setText(QCoreApplication.translate("SettingsPage", u"&Save", None))
        self.companyAddressLabel.setText(QCoreApplication.translate("SettingsPage", u"&Address", None))
#if QT_CONFIG(tooltip)
        self.companyAddressEdit.setToolTip(QCoreApplication.translate("SettingsPage", u"Printed under the company name on appraisal sheets and dossiers. Saved with the name.", None))
#endif // QT_CONFIG(tooltip)
        self.companyAddressEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"Street, city, postcode, telephone", None))
        self.companyLogoLabel.setText(QCoreApplication.translate("SettingsPage", u"Logo", None))
        self.companyLogoButton.setText(QCoreApplication.translate("SettingsPage", u"Choose &logo\u2026", None))
#if QT_CONFIG(tooltip)
        self.companyLogoButton.setToolTip(QCoreApplication.translate("SettingsPage", u"A PNG or JPEG picture, printed at the top left of every document.", None))
#endif // QT_CONFIG(tooltip)
        self.companyLogoRemoveButton.setText(QCoreApplication.translate("SettingsPage", u"Remove logo", None))
        self.computerGroup.setTitle(QCoreApplication.translate("SettingsPage", u"This computer", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsPage", u"&Language", None))
        self.autoLockLabel.setText(QCoreApplication.translate("SettingsPage", u"&Lock after", None))
        self.autoLockSpin.setSuffix(QCoreApplication.translate("SettingsPage", u" min", None))
        self.autoLockCheck.setText(QCoreApplication.translate("SettingsPage", u"Lock automatically", None))
        self.rememberCheck.setText(QCoreApplication.translate("SettingsPage", u"&Remember this vault's passphrase on this computer", None))
#if QT_CONFIG(tooltip)
        self.rememberCheck.setToolTip(QCoreApplication.translate("SettingsPage", u"Kept in the system password store. Anyone who can sign in to this computer account can then open the vault.", None))
#endif // QT_CONFIG(tooltip)
        self.securityGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Passphrase and recovery", None))
        self.securityHint.setText(QCoreApplication.translate("SettingsPage", u"The passphrase opens the vault every day. The recovery key, printed on the recovery sheet, sets a new passphrase if it is forgotten.", None))
        self.changePassphraseButton.setText(QCoreApplication.translate("SettingsPage", u"&Change passphrase\u2026", None))
        self.newRecoveryKeyButton.setText(QCoreApplication.translate("SettingsPage", u"New recovery &key\u2026", None))
        self.checkGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Vault check", None))
        self.checkHint.setText(QCoreApplication.translate("SettingsPage", u"Checks that the encryption, the records and the audit trail are intact.", None))
        self.verifyButton.setText(QCoreApplication.translate("SettingsPage", u"Check the &vault now", None))
        self.customFieldsGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Custom fields of the employee file", None))
        self.customFieldsHint.setText(QCoreApplication.translate("SettingsPage", u"Fields your company records that the employee file does not have, such as a locker number. They appear in the basic data of every file.", None))
        self.addCustomFieldButton.setText(QCoreApplication.translate("SettingsPage", u"&Add field\u2026", None))
        self.retireCustomFieldButton.setText(QCoreApplication.translate("SettingsPage", u"Re&tire", None))
#if QT_CONFIG(tooltip)
        self.retireCustomFieldButton.setToolTip(QCoreApplication.translate("SettingsPage", u"The field disappears from the employee file; values already entered stay in the files' history.", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

