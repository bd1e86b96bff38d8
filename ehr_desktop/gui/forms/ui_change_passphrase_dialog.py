# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'change_passphrase_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ChangePassphraseDialog(object):
    def setupUi(self, ChangePassphraseDialog):
        if not ChangePassphraseDialog.objectName():
            ChangePassphraseDialog.setObjectName(u"ChangePassphraseDialog")
        ChangePassphraseDialog.resize(460, 260)
        self.mainLayout = QVBoxLayout(ChangePassphraseDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(ChangePassphraseDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setProperty(u"role", u"hint")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.newLabel = QLabel(ChangePassphraseDialog)
        self.newLabel.setObjectName(u"newLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.newLabel)

        self.newEdit = QLineEdit(ChangePassphraseDialog)
        self.newEdit.setObjectName(u"newEdit")
        self.newEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.newEdit)

        self.strengthLabel = QLabel(ChangePassphraseDialog)
        self.strengthLabel.setObjectName(u"strengthLabel")
        self.strengthLabel.setProperty(u"role", u"hint")
        self.strengthLabel.setText(u"")
        self.strengthLabel.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.strengthLabel)

        self.repeatLabel = QLabel(ChangePassphraseDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(ChangePassphraseDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repeatEdit)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(ChangePassphraseDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setProperty(u"role", u"error")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ChangePassphraseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.newLabel.setBuddy(self.newEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ChangePassphraseDialog)

        QMetaObject.connectSlotsByName(ChangePassphraseDialog)
    # setupUi

    def retranslateUi(self, ChangePassphraseDialog):
        ChangePassphraseDialog.setWindowTitle(QCoreApplication.translate("ChangePassphraseDialog", u"Change passphrase", None))
        self.introLabel.setText(QCoreApplication.translate("ChangePassphraseDialog", u"The new passphrase takes effect at once. The recovery key stays valid, and the data is not rewritten.", None))
        self.newLabel.setText(QCoreApplication.translate("ChangePassphraseDialog", u"&New passphrase", None))
        self.repeatLabel.setText(QCoreApplication.translate("ChangePassphraseDialog", u"R&epeat", None))
    # retranslateUi

