# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCommandLinkButton, QFrame, QGridLayout,
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QProgressBar, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_WelcomePage(object):
    def setupUi(self, WelcomePage):
        if not WelcomePage.objectName():
            WelcomePage.setObjectName(u"WelcomePage")
        WelcomePage.resize(760, 600)
        self.outerLayout = QGridLayout(WelcomePage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.topSpacer = QSpacerItem(20, 30, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.topSpacer, 0, 1, 1, 1)

        self.leftSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outerLayout.addItem(self.leftSpacer, 1, 0, 1, 1)

        self.card = QFrame(WelcomePage)
        self.card.setObjectName(u"card")
        self.card.setProperty(u"role", u"card")
        self.card.setMinimumSize(QSize(460, 0))
        self.card.setMaximumSize(QSize(580, 16777215))
        self.cardLayout = QVBoxLayout(self.card)
        self.cardLayout.setSpacing(8)
        self.cardLayout.setObjectName(u"cardLayout")
        self.cardLayout.setContentsMargins(28, 24, 28, 24)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(14)
        self.headerRow.setObjectName(u"headerRow")
        self.logoLabel = QLabel(self.card)
        self.logoLabel.setObjectName(u"logoLabel")
        self.logoLabel.setMinimumSize(QSize(56, 56))
        self.logoLabel.setMaximumSize(QSize(56, 56))
        self.logoLabel.setText(u"")

        self.headerRow.addWidget(self.logoLabel)

        self.headerText = QVBoxLayout()
        self.headerText.setObjectName(u"headerText")
        self.titleLabel = QLabel(self.card)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"pageTitle")

        self.headerText.addWidget(self.titleLabel)

        self.subtitleLabel = QLabel(self.card)
        self.subtitleLabel.setObjectName(u"subtitleLabel")
        self.subtitleLabel.setProperty(u"role", u"hint")
        self.subtitleLabel.setWordWrap(True)

        self.headerText.addWidget(self.subtitleLabel)


        self.headerRow.addLayout(self.headerText)


        self.cardLayout.addLayout(self.headerRow)

        self.createButton = QCommandLinkButton(self.card)
        self.createButton.setObjectName(u"createButton")

        self.cardLayout.addWidget(self.createButton)

        self.demoButton = QCommandLinkButton(self.card)
        self.demoButton.setObjectName(u"demoButton")

        self.cardLayout.addWidget(self.demoButton)

        self.restoreButton = QCommandLinkButton(self.card)
        self.restoreButton.setObjectName(u"restoreButton")

        self.cardLayout.addWidget(self.restoreButton)

        self.openButton = QCommandLinkButton(self.card)
        self.openButton.setObjectName(u"openButton")

        self.cardLayout.addWidget(self.openButton)

        self.recentLabel = QLabel(self.card)
        self.recentLabel.setObjectName(u"recentLabel")

        self.cardLayout.addWidget(self.recentLabel)

        self.recentList = QListWidget(self.card)
        self.recentList.setObjectName(u"recentList")
        self.recentList.setMaximumSize(QSize(16777215, 110))

        self.cardLayout.addWidget(self.recentList)

        self.statusLabel = QLabel(self.card)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setProperty(u"role", u"hint")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.statusLabel)

        self.busyBar = QProgressBar(self.card)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setTextVisible(False)
        self.busyBar.setVisible(False)

        self.cardLayout.addWidget(self.busyBar)


        self.outerLayout.addWidget(self.card, 1, 1, 1, 1)

        self.rightSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outerLayout.addItem(self.rightSpacer, 1, 2, 1, 1)

        self.bottomSpacer = QSpacerItem(20, 30, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer, 2, 1, 1, 1)


        self.retranslateUi(WelcomePage)

        QMetaObject.connectSlotsByName(WelcomePage)
    # setupUi

    def retranslateUi(self, WelcomePage):
        self.titleLabel.setText(QCoreApplication.translate("WelcomePage", u"Welcome to EHR Desktop", None))
        self.subtitleLabel.setText(QCoreApplication.translate("WelcomePage", u"Personnel files and appraisals, kept encrypted on this computer only.", None))
        self.createButton.setText(QCoreApplication.translate("WelcomePage", u"Create a new vault", None))
        self.createButton.setDescription(QCoreApplication.translate("WelcomePage", u"Start an empty, encrypted archive for your company.", None))
        self.demoButton.setText(QCoreApplication.translate("WelcomePage", u"Open the demo vault", None))
        self.demoButton.setDescription(QCoreApplication.translate("WelcomePage", u"Try the app with a fictitious company and made-up employees.", None))
        self.restoreButton.setText(QCoreApplication.translate("WelcomePage", u"Restore from a backup file", None))
        self.restoreButton.setDescription(QCoreApplication.translate("WelcomePage", u"Bring an archive from another computer, using its backup file and passphrase.", None))
        self.openButton.setText(QCoreApplication.translate("WelcomePage", u"Open an existing vault\u2026", None))
        self.openButton.setDescription(QCoreApplication.translate("WelcomePage", u"Choose a vault folder (its name ends in .ehrvault).", None))
        self.recentLabel.setText(QCoreApplication.translate("WelcomePage", u"Recently opened", None))
#if QT_CONFIG(tooltip)
        self.recentList.setToolTip(QCoreApplication.translate("WelcomePage", u"Double-click to open", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

