# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backup_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSpinBox,
    QTableView, QVBoxLayout, QWidget)

class Ui_BackupPage(object):
    def setupUi(self, BackupPage):
        if not BackupPage.objectName():
            BackupPage.setObjectName(u"BackupPage")
        BackupPage.resize(820, 680)
        self.pageLayout = QVBoxLayout(BackupPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.scrollArea = QScrollArea(BackupPage)
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

        self.introLabel = QLabel(self.content)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setProperty(u"role", u"hint")
        self.introLabel.setWordWrap(True)

        self.contentLayout.addWidget(self.introLabel)

        self.nowRow = QHBoxLayout()
        self.nowRow.setObjectName(u"nowRow")
        self.backUpNowButton = QPushButton(self.content)
        self.backUpNowButton.setObjectName(u"backUpNowButton")
        self.backUpNowButton.setProperty(u"role", u"primary")

        self.nowRow.addWidget(self.backUpNowButton)

        self.ownPassphraseButton = QPushButton(self.content)
        self.ownPassphraseButton.setObjectName(u"ownPassphraseButton")

        self.nowRow.addWidget(self.ownPassphraseButton)

        self.progressBar = QProgressBar(self.content)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setTextVisible(False)
        self.progressBar.setVisible(False)

        self.nowRow.addWidget(self.progressBar)

        self.cancelButton = QPushButton(self.content)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setVisible(False)

        self.nowRow.addWidget(self.cancelButton)

        self.nowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.nowRow.addItem(self.nowSpacer)


        self.contentLayout.addLayout(self.nowRow)

        self.statusLabel = QLabel(self.content)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)

        self.contentLayout.addWidget(self.statusLabel)

        self.whereGroup = QGroupBox(self.content)
        self.whereGroup.setObjectName(u"whereGroup")
        self.whereLayout = QVBoxLayout(self.whereGroup)
        self.whereLayout.setObjectName(u"whereLayout")
        self.folderRow = QHBoxLayout()
        self.folderRow.setObjectName(u"folderRow")
        self.folderEdit = QLineEdit(self.whereGroup)
        self.folderEdit.setObjectName(u"folderEdit")
        self.folderEdit.setReadOnly(True)

        self.folderRow.addWidget(self.folderEdit)

        self.chooseFolderButton = QPushButton(self.whereGroup)
        self.chooseFolderButton.setObjectName(u"chooseFolderButton")

        self.folderRow.addWidget(self.chooseFolderButton)


        self.whereLayout.addLayout(self.folderRow)

        self.folderHint = QLabel(self.whereGroup)
        self.folderHint.setObjectName(u"folderHint")
        self.folderHint.setProperty(u"role", u"hint")
        self.folderHint.setWordWrap(True)

        self.whereLayout.addWidget(self.folderHint)


        self.contentLayout.addWidget(self.whereGroup)

        self.whenGroup = QGroupBox(self.content)
        self.whenGroup.setObjectName(u"whenGroup")
        self.whenForm = QFormLayout(self.whenGroup)
        self.whenForm.setObjectName(u"whenForm")
        self.onExitCheck = QCheckBox(self.whenGroup)
        self.onExitCheck.setObjectName(u"onExitCheck")

        self.whenForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.onExitCheck)

        self.dailyCheck = QCheckBox(self.whenGroup)
        self.dailyCheck.setObjectName(u"dailyCheck")

        self.whenForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.dailyCheck)

        self.keepLabel = QLabel(self.whenGroup)
        self.keepLabel.setObjectName(u"keepLabel")

        self.whenForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.keepLabel)

        self.keepRow = QHBoxLayout()
        self.keepRow.setObjectName(u"keepRow")
        self.keepDailySpin = QSpinBox(self.whenGroup)
        self.keepDailySpin.setObjectName(u"keepDailySpin")
        self.keepDailySpin.setMaximum(60)

        self.keepRow.addWidget(self.keepDailySpin)

        self.keepWeeklySpin = QSpinBox(self.whenGroup)
        self.keepWeeklySpin.setObjectName(u"keepWeeklySpin")
        self.keepWeeklySpin.setMaximum(52)

        self.keepRow.addWidget(self.keepWeeklySpin)

        self.keepMonthlySpin = QSpinBox(self.whenGroup)
        self.keepMonthlySpin.setObjectName(u"keepMonthlySpin")
        self.keepMonthlySpin.setMaximum(120)

        self.keepRow.addWidget(self.keepMonthlySpin)

        self.keepSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.keepRow.addItem(self.keepSpacer)


        self.whenForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.keepRow)

        self.warnLabel = QLabel(self.whenGroup)
        self.warnLabel.setObjectName(u"warnLabel")

        self.whenForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.warnLabel)

        self.warnRow = QHBoxLayout()
        self.warnRow.setObjectName(u"warnRow")
        self.warnSpin = QSpinBox(self.whenGroup)
        self.warnSpin.setObjectName(u"warnSpin")
        self.warnSpin.setMinimum(1)
        self.warnSpin.setMaximum(90)

        self.warnRow.addWidget(self.warnSpin)

        self.warnSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.warnRow.addItem(self.warnSpacer)


        self.whenForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.warnRow)


        self.contentLayout.addWidget(self.whenGroup)

        self.listGroup = QGroupBox(self.content)
        self.listGroup.setObjectName(u"listGroup")
        self.listLayout = QVBoxLayout(self.listGroup)
        self.listLayout.setObjectName(u"listLayout")
        self.backupTable = QTableView(self.listGroup)
        self.backupTable.setObjectName(u"backupTable")
        self.backupTable.setMinimumSize(QSize(0, 160))
        self.backupTable.setAlternatingRowColors(True)
        self.backupTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backupTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.listLayout.addWidget(self.backupTable)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.verifyButton = QPushButton(self.listGroup)
        self.verifyButton.setObjectName(u"verifyButton")

        self.listButtons.addWidget(self.verifyButton)

        self.restoreButton = QPushButton(self.listGroup)
        self.restoreButton.setObjectName(u"restoreButton")

        self.listButtons.addWidget(self.restoreButton)

        self.listSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtons.addItem(self.listSpacer)


        self.listLayout.addLayout(self.listButtons)


        self.contentLayout.addWidget(self.listGroup)

        self.scrollArea.setWidget(self.content)

        self.pageLayout.addWidget(self.scrollArea)

#if QT_CONFIG(shortcut)
        self.warnLabel.setBuddy(self.warnSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BackupPage)

        QMetaObject.connectSlotsByName(BackupPage)
    # setupUi

    def retranslateUi(self, BackupPage):
        self.titleLabel.setText(QCoreApplication.translate("BackupPage", u"Backup", None))
        self.introLabel.setText(QCoreApplication.translate("BackupPage", u"A backup is one encrypted file holding the whole vault. It opens with the vault's passphrase of that day or with the recovery key, also on another computer.", None))
        self.backUpNowButton.setText(QCoreApplication.translate("BackupPage", u"&Back up now", None))
        self.ownPassphraseButton.setText(QCoreApplication.translate("BackupPage", u"With its &own passphrase\u2026", None))
#if QT_CONFIG(tooltip)
        self.ownPassphraseButton.setToolTip(QCoreApplication.translate("BackupPage", u"A backup for someone else to keep (an accountant, a safe deposit): it also opens with a passphrase of its own.", None))
#endif // QT_CONFIG(tooltip)
        self.cancelButton.setText(QCoreApplication.translate("BackupPage", u"Cancel", None))
        self.whereGroup.setTitle(QCoreApplication.translate("BackupPage", u"Where", None))
        self.folderEdit.setPlaceholderText(QCoreApplication.translate("BackupPage", u"No folder chosen yet", None))
        self.chooseFolderButton.setText(QCoreApplication.translate("BackupPage", u"&Choose folder\u2026", None))
        self.folderHint.setText(QCoreApplication.translate("BackupPage", u"Best on a USB drive or a network folder: a backup on the same disk is lost with the computer.", None))
        self.whenGroup.setTitle(QCoreApplication.translate("BackupPage", u"When and how many", None))
        self.onExitCheck.setText(QCoreApplication.translate("BackupPage", u"Back up when the app c&loses", None))
        self.dailyCheck.setText(QCoreApplication.translate("BackupPage", u"Back up once a &day while the app is open", None))
        self.keepLabel.setText(QCoreApplication.translate("BackupPage", u"Keep", None))
        self.keepDailySpin.setSuffix(QCoreApplication.translate("BackupPage", u" daily", None))
        self.keepWeeklySpin.setSuffix(QCoreApplication.translate("BackupPage", u" weekly", None))
        self.keepMonthlySpin.setSuffix(QCoreApplication.translate("BackupPage", u" monthly", None))
        self.warnLabel.setText(QCoreApplication.translate("BackupPage", u"&Warn after", None))
        self.warnSpin.setSuffix(QCoreApplication.translate("BackupPage", u" days without a backup", None))
        self.listGroup.setTitle(QCoreApplication.translate("BackupPage", u"Backups in this folder", None))
        self.verifyButton.setText(QCoreApplication.translate("BackupPage", u"C&heck selected", None))
        self.restoreButton.setText(QCoreApplication.translate("BackupPage", u"&Restore selected\u2026", None))
        pass
    # retranslateUi

