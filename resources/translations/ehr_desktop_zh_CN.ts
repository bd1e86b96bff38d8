<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Areas</name>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>员工档案</translation>
    </message>
    <message>
        <source>Every employee&apos;s file across the whole working life: hiring, probation, transfers, promotions, salary changes, contracts, leave and rehire.</source>
        <translation>每位员工从入职到离职的完整档案：入职、转正、调岗、晋升、调薪、合同、请假与再入职。</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织架构</translation>
    </message>
    <message>
        <source>The department tree with heads and positions, and how it changed over time.</source>
        <translation>部门树、部门负责人和岗位，以及它们的历史变化。</translation>
    </message>
    <message>
        <source>Appraisals</source>
        <translation>绩效考核</translation>
    </message>
    <message>
        <source>KPI templates, appraisal cycles, self and manager scoring, HR calibration and locked results.</source>
        <translation>KPI 考核模板、考核周期、自评与上级评分、人事校准和锁定的考核结果。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Bring in existing rosters from Excel, WPS or CSV files, checked and cleaned, with a preview before anything is saved.</source>
        <translation>导入现有的 Excel、WPS 或 CSV 花名册，自动检查和清理，保存之前先预览。</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Appraisal sheets and personnel dossiers as PDF, Excel reports, and fill-in forms for managers.</source>
        <translation>PDF 考核表和人事档案、Excel 报表，以及发给部门经理填写的表格。</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Encrypted backup files, made automatically and checked, that can be restored on another computer.</source>
        <translation>自动生成并经过校验的加密备份文件，可在另一台电脑上恢复。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <source>Made on</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>When the backup was made (this computer&apos;s time)</source>
        <translation>备份的时间（本机时间）</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Size of the backup file</source>
        <translation>备份文件的大小</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>File name in the backup folder</source>
        <translation>备份文件夹中的文件名</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Choose the backup folder</source>
        <translation>选择备份文件夹</translation>
    </message>
    <message>
        <source>Choose a backup folder first, ideally on a USB drive or a network folder.</source>
        <translation>请先选择备份文件夹，最好在 U 盘或网络文件夹上。</translation>
    </message>
    <message>
        <source>The backup folder {folder} cannot be reached. Connect the drive or choose another folder.</source>
        <translation>无法访问备份文件夹 {folder}。请连接该磁盘，或选择其他文件夹。</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>还没有做过备份。</translation>
    </message>
    <message>
        <source>Last good backup: {when}</source>
        <translation>最近一次成功备份：{when}</translation>
    </message>
    <message>
        <source>Backup with its own passphrase</source>
        <translation>使用单独密码的备份</translation>
    </message>
    <message>
        <source>This backup will also open with the passphrase you choose here, besides the vault&apos;s passphrase of today and the recovery key. Keep it as carefully as the recovery sheet.</source>
        <translation>除了档案库今天的密码和恢复密钥之外，这份备份还可以用您在这里设置的密码打开。请像保管恢复密钥单一样妥善保管它。</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backup written and checked: {file}</source>
        <translation>备份已写入并校验：{file}</translation>
    </message>
    <message>
        <source>The backup failed: {reason}</source>
        <translation>备份失败：{reason}</translation>
    </message>
    <message>
        <source>Backup cancelled. No file was left behind.</source>
        <translation>备份已取消，没有留下任何文件。</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Select a backup in the list first.</source>
        <translation>请先在列表中选择一份备份。</translation>
    </message>
    <message>
        <source>Check backup</source>
        <translation>检查备份</translation>
    </message>
    <message>
        <source>The vault&apos;s passphrase of the day the backup was made:</source>
        <translation>备份当天档案库的密码：</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>正在检查 {file}…</translation>
    </message>
    <message>
        <source>{file} is intact and can be restored.</source>
        <translation>{file} 完好，可以恢复。</translation>
    </message>
    <message>
        <source>{file} is damaged: do not rely on it.</source>
        <translation>{file} 已损坏，不能依赖它。</translation>
    </message>
    <message>
        <source>A backup is one encrypted file holding the whole vault. It opens with the vault&apos;s passphrase of that day or with the recovery key, also on another computer.</source>
        <translation>备份是一个包含整个档案库的加密文件。可以用备份当天档案库的密码或恢复密钥打开，在另一台电脑上也可以。</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>With its &amp;own passphrase…</source>
        <translation>使用单独的密码备份(&amp;O)…</translation>
    </message>
    <message>
        <source>A backup for someone else to keep (an accountant, a safe deposit): it also opens with a passphrase of its own.</source>
        <translation>交给他人保管的备份（例如会计或保险箱）：它还可以用一个单独的密码打开。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>备份位置</translation>
    </message>
    <message>
        <source>No folder chosen yet</source>
        <translation>尚未选择文件夹</translation>
    </message>
    <message>
        <source>&amp;Choose folder…</source>
        <translation>选择文件夹(&amp;C)…</translation>
    </message>
    <message>
        <source>Best on a USB drive or a network folder: a backup on the same disk is lost with the computer.</source>
        <translation>最好放在 U 盘或网络文件夹上：和档案库在同一块磁盘上的备份会随电脑一起丢失。</translation>
    </message>
    <message>
        <source>When and how many</source>
        <translation>备份时间与保留份数</translation>
    </message>
    <message>
        <source>Back up when the app c&amp;loses</source>
        <translation>关闭软件时备份(&amp;L)</translation>
    </message>
    <message>
        <source>Back up once a &amp;day while the app is open</source>
        <translation>软件打开期间每天备份一次(&amp;D)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source> daily</source>
        <translation> 份每日备份</translation>
    </message>
    <message>
        <source> weekly</source>
        <translation> 份每周备份</translation>
    </message>
    <message>
        <source> monthly</source>
        <translation> 份每月备份</translation>
    </message>
    <message>
        <source>&amp;Warn after</source>
        <translation>提醒(&amp;W)</translation>
    </message>
    <message>
        <source> days without a backup</source>
        <translation> 天未备份时</translation>
    </message>
    <message>
        <source>Backups in this folder</source>
        <translation>此文件夹中的备份</translation>
    </message>
    <message>
        <source>C&amp;heck selected</source>
        <translation>检查所选备份(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>恢复所选备份(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>The new passphrase takes effect at once. The recovery key stays valid, and the data is not rewritten.</source>
        <translation>新密码立即生效。恢复密钥仍然有效，数据不会重写。</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <source>R&amp;epeat</source>
        <translation>再次输入(&amp;E)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>No passphrase given: set {env} or run the command in a terminal.</source>
        <translation>没有提供密码：请设置 {env}，或在终端中运行此命令。</translation>
    </message>
    <message>
        <source>No new passphrase given: set {env} or run the command in a terminal.</source>
        <translation>没有提供新密码：请设置 {env}，或在终端中运行此命令。</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Vault created: {vault}

Recovery key (shown only now; print it or write it down and keep it somewhere safe, away from the computer):

    {key}
</source>
        <translation>档案库已创建：{vault}

恢复密钥（只显示这一次；请打印或抄写下来，妥善保管，不要放在电脑旁边）：

    {key}
</translation>
    </message>
    <message>
        <source>Demo vault created: {vault} ({employees} employees, {departments} departments).</source>
        <translation>演示档案库已创建：{vault}（{employees} 名员工，{departments} 个部门）。</translation>
    </message>
    <message>
        <source>Recovery key: {key}</source>
        <translation>恢复密钥：{key}</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>恢复密钥：</translation>
    </message>
    <message>
        <source>A new passphrase was set. The recovery key stays valid.</source>
        <translation>已设置新密码。恢复密钥仍然有效。</translation>
    </message>
    <message>
        <source>Backup passphrase: </source>
        <translation>备份密码：</translation>
    </message>
    <message>
        <source>The backup is intact and can be restored ({employees} employees, made {created}).</source>
        <translation>备份完好，可以恢复（{employees} 名员工，备份于 {created}）。</translation>
    </message>
    <message>
        <source>The backup is damaged. Do not rely on it; make a new backup of the vault.</source>
        <translation>备份已损坏，不能依赖它；请重新备份档案库。</translation>
    </message>
    <message>
        <source>No backup passphrase given: set {env}.</source>
        <translation>没有提供备份密码：请设置 {env}。</translation>
    </message>
    <message>
        <source>Backup written and verified: {path} ({employees} employees).</source>
        <translation>备份已写入并校验：{path}（{employees} 名员工）。</translation>
    </message>
    <message>
        <source>Backup written and verified: {path} ({employees} employees). It has no passphrase of its own: it opens with the vault passphrase current now or with the recovery key.</source>
        <translation>备份已写入并校验：{path}（{employees} 名员工）。它没有单独的密码：可以用档案库当前的密码或恢复密钥打开。</translation>
    </message>
    <message>
        <source>Restored into {vault}. It opens with the vault passphrase that was current when the backup was made, or with the recovery key.</source>
        <translation>已恢复到 {vault}。可以用备份时档案库的密码或恢复密钥打开它。</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>已取消，没有做任何更改。</translation>
    </message>
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <source>This area is being built and arrives in a coming version.</source>
        <translation>此功能正在开发中，将在后续版本中提供。</translation>
    </message>
    <message>
        <source>Everything already in the vault is kept safely and will appear here then.</source>
        <translation>档案库中已有的数据都会妥善保存，届时会显示在这里。</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Reminders for expiring contracts, ending probations and overdue appraisals will appear here once employee files and appraisals are available.</source>
        <translation>员工档案和绩效考核功能上线后，合同到期、试用期结束和考核逾期等提醒将显示在这里。</translation>
    </message>
    <message>
        <source>Vault “{name}” · {entries} audited changes</source>
        <translation>档案库“{name}” · 已记录 {entries} 次修改</translation>
    </message>
    <message>
        <source>employees on the payroll</source>
        <translation>在职员工</translation>
    </message>
    <message>
        <source>on probation</source>
        <translation>试用期</translation>
    </message>
    <message>
        <source>on leave of absence</source>
        <translation>停薪留职/长期请假</translation>
    </message>
    <message>
        <source>departments</source>
        <translation>个部门</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <source>Where to keep the vault</source>
        <translation>档案库保存位置</translation>
    </message>
    <message>
        <source>The vault is one folder holding all records, encrypted. You can move or copy it like any folder while the app is closed.</source>
        <translation>档案库是一个文件夹，所有记录都加密保存在里面。关闭本软件后，可以像普通文件夹一样移动或复制它。</translation>
    </message>
    <message>
        <source>Personnel records</source>
        <translation>人事档案</translation>
    </message>
    <message>
        <source>Choose a folder for the vault</source>
        <translation>选择档案库所在的文件夹</translation>
    </message>
    <message>
        <source>The vault will be created as {path}</source>
        <translation>档案库将创建为 {path}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Vault</source>
        <translation>档案库(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>新建档案库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open vault…</source>
        <translation>打开档案库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;demo vault</source>
        <translation>打开演示档案库(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>立即锁定档案库 (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Close vault</source>
        <translation>关闭档案库(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About EHR Desktop</source>
        <translation>关于 EHR Desktop(&amp;A)</translation>
    </message>
    <message>
        <source>Vault: {name}</source>
        <translation>档案库：{name}</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>已解锁</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>The last backup failed: see Backup</source>
        <translation>上次备份失败：请查看“备份”</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>尚未备份</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>最近备份：{when}</translation>
    </message>
    <message>
        <source>Backups go to {folder}</source>
        <translation>备份保存到 {folder}</translation>
    </message>
    <message>
        <source>No backup folder chosen yet: see Backup.</source>
        <translation>尚未选择备份文件夹：请到“备份”中设置。</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <source>The backup was checked and restored into {vault}. Unlock it with the passphrase of the backup&apos;s day or with the recovery key.</source>
        <translation>备份已校验并恢复到 {vault}。请用备份当天的密码或恢复密钥解锁。</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The backup on closing failed: {reason}

The vault itself is safe.</source>
        <translation>关闭时的备份失败：{reason}

档案库本身是安全的。</translation>
    </message>
    <message>
        <source>Open vault</source>
        <translation>打开档案库</translation>
    </message>
    <message>
        <source>Choose the vault folder (.ehrvault)</source>
        <translation>选择档案库文件夹（.ehrvault）</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>选择备份文件</translation>
    </message>
    <message>
        <source>EHR Desktop backups (*.ehrbak);;All files (*)</source>
        <translation>EHR Desktop 备份 (*.ehrbak);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>从备份文件恢复</translation>
    </message>
    <message>
        <source>Creating the demo vault…</source>
        <translation>正在创建演示档案库…</translation>
    </message>
    <message>
        <source>Opening the demo vault…</source>
        <translation>正在打开演示档案库…</translation>
    </message>
    <message>
        <source>Demo vault</source>
        <translation>演示档案库</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Close vault</source>
        <translation>关闭档案库</translation>
    </message>
    <message>
        <source>There are unsaved changes. Save them first?</source>
        <translation>有尚未保存的修改。要先保存吗？</translation>
    </message>
    <message>
        <source>About EHR Desktop</source>
        <translation>关于 EHR Desktop</translation>
    </message>
    <message>
        <source>EHR Desktop {version}

Personnel files and KPI appraisals for a small company, kept encrypted on this computer only.</source>
        <translation>EHR Desktop {version}

为小型企业管理人事档案和 KPI 绩效考核，所有数据只加密保存在本机。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Something unexpected went wrong. Your data was not changed. Please try again.</source>
        <translation>发生了意外错误。您的数据没有被修改，请重试。</translation>
    </message>
    <message>
        <source>No vault was found at {path}. Check the location or choose another vault.</source>
        <translation>在 {path} 找不到档案库。请检查位置，或选择其他档案库。</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name or an empty folder.</source>
        <translation>{path} 已存在。请换一个名称或选择空文件夹。</translation>
    </message>
    <message>
        <source>{path} is not an EHR Desktop vault. Choose the vault folder (its name ends in .ehrvault).</source>
        <translation>{path} 不是 EHR Desktop 档案库。请选择档案库文件夹（名称以 .ehrvault 结尾）。</translation>
    </message>
    <message>
        <source>The vault&apos;s database is damaged and cannot be read. Nothing was changed. Restore the vault from a backup.</source>
        <translation>档案库的数据文件已损坏，无法读取。没有做任何更改。请从备份恢复档案库。</translation>
    </message>
    <message>
        <source>The vault&apos;s database file is incomplete (cut off, for example by an interrupted copy). Nothing was changed. Restore the vault from a backup.</source>
        <translation>档案库的数据文件不完整（例如复制时被中断）。没有做任何更改。请从备份恢复档案库。</translation>
    </message>
    <message>
        <source>The vault folder has no database file. Nothing was changed. Restore the vault from a backup.</source>
        <translation>档案库文件夹中缺少数据文件。没有做任何更改。请从备份恢复档案库。</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is missing or damaged, so the vault cannot be unlocked. Nothing was changed. Restore the vault from a backup.</source>
        <translation>档案库的密钥文件缺失或已损坏，无法解锁。没有做任何更改。请从备份恢复档案库。</translation>
    </message>
    <message>
        <source>The vault&apos;s contents are not in a form this app knows. Nothing was changed.</source>
        <translation>档案库的内容格式无法识别。没有做任何更改。</translation>
    </message>
    <message>
        <source>This vault was saved by a newer version of EHR Desktop. Please update the app to open it.</source>
        <translation>此档案库由更新版本的 EHR Desktop 保存。请先升级本软件再打开。</translation>
    </message>
    <message>
        <source>This vault is already open in another EHR Desktop window or program. Close it there first.</source>
        <translation>此档案库已在另一个 EHR Desktop 窗口或程序中打开。请先在那里关闭。</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation>档案库已锁定。请解锁后重试。</translation>
    </message>
    <message>
        <source>The vault could not be updated to this version of the app. Nothing was changed; a safety copy is in the vault&apos;s safety-copies folder.</source>
        <translation>档案库无法升级到本版本。没有做任何更改；档案库的 safety-copies 文件夹中保留了一份安全副本。</translation>
    </message>
    <message>
        <source>The passphrase is not correct. Check Caps Lock and the keyboard language, then try again.</source>
        <translation>密码不正确。请检查大写锁定键和输入法，然后重试。</translation>
    </message>
    <message>
        <source>This recovery key does not belong to this vault. Check that the recovery sheet is the one for this vault.</source>
        <translation>此恢复密钥不属于这个档案库。请确认恢复密钥单对应的是这个档案库。</translation>
    </message>
    <message>
        <source>The recovery key has a typing error. It has nine groups of four letters and digits; check each group against the recovery sheet.</source>
        <translation>恢复密钥有输入错误。它由九组、每组四个字母或数字组成；请对照恢复密钥单逐组检查。</translation>
    </message>
    <message>
        <source>This computer does not remember the vault&apos;s passphrase. Please type the passphrase.</source>
        <translation>这台电脑没有记住此档案库的密码。请输入密码。</translation>
    </message>
    <message>
        <source>The system password store is not available, so this computer cannot remember the passphrase. You can still unlock with the passphrase.</source>
        <translation>系统的密码存储不可用，所以这台电脑无法记住密码。您仍然可以输入密码解锁。</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess. Use at least 10 characters, for example several words with digits or symbols.</source>
        <translation>这个密码太容易被猜到。请至少使用 10 个字符，例如几个单词再加上数字或符号。</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>两次输入的密码不一致。请重新输入。</translation>
    </message>
    <message>
        <source>{path} is not an EHR Desktop backup. Choose a backup file (its name ends in .ehrbak).</source>
        <translation>{path} 不是 EHR Desktop 备份文件。请选择备份文件（名称以 .ehrbak 结尾）。</translation>
    </message>
    <message>
        <source>The backup file is damaged or incomplete and cannot be used. Nothing was changed. Use another backup.</source>
        <translation>备份文件已损坏或不完整，无法使用。没有做任何更改。请使用其他备份。</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of EHR Desktop. Please update the app to restore it.</source>
        <translation>此备份由更新版本的 EHR Desktop 生成。请先升级本软件再恢复。</translation>
    </message>
    <message>
        <source>Could not write to {path}: the disk may be full, read-only or disconnected. Nothing was changed.</source>
        <translation>无法写入 {path}：磁盘可能已满、只读或已断开。没有做任何更改。</translation>
    </message>
</context>
<context>
    <name>NewVaultWizard</name>
    <message>
        <source>New vault</source>
        <translation>新建档案库</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Too weak</source>
        <translation>太弱</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>好</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message>
        <source>use at least 10 characters</source>
        <translation>至少使用 10 个字符</translation>
    </message>
    <message>
        <source>avoid common passwords</source>
        <translation>不要使用常见密码</translation>
    </message>
    <message>
        <source>avoid repeated characters</source>
        <translation>不要连续重复同一字符</translation>
    </message>
    <message>
        <source>avoid sequences like 1234 or qwer</source>
        <translation>不要使用 1234 或 qwer 这样的连续字符</translation>
    </message>
    <message>
        <source>mix in digits, capitals or symbols, or use more words</source>
        <translation>加入数字、大写字母或符号，或多用几个词</translation>
    </message>
    <message>
        <source>Strength: {strength}</source>
        <translation>强度：{strength}</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>You will type it to open the vault. Several words with a digit or symbol are easy to remember and hard to guess.</source>
        <translation>打开档案库时需要输入它。几个词加上数字或符号，既好记又难猜。</translation>
    </message>
    <message>
        <source>&amp;Show passphrase</source>
        <translation>显示密码(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>在这台电脑上记住密码(&amp;R)</translation>
    </message>
    <message>
        <source>Unlock without typing the passphrase on this computer account. Choose this only if nobody else uses this account.</source>
        <translation>在这台电脑的当前账户上无需输入密码即可解锁。只有在没有其他人使用这个账户时才选择此项。</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>R&amp;epeat</source>
        <translation>再次输入(&amp;E)</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>正在创建档案库…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>新的恢复密钥</translation>
    </message>
    <message>
        <source>This is the vault&apos;s new recovery key. The old key and its sheet no longer work. It is shown only now.</source>
        <translation>这是档案库新的恢复密钥。旧密钥和旧的恢复密钥单已经失效。新密钥只显示这一次。</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>您的恢复密钥</translation>
    </message>
    <message>
        <source>If the passphrase is ever forgotten, this key is the only way back into the vault. It is shown only now.</source>
        <translation>如果忘记了密码，这个密钥是重新打开档案库的唯一办法。它只显示这一次。</translation>
    </message>
    <message>
        <source>I have printed the recovery sheet or written the key down, and will keep it safe.</source>
        <translation>我已打印恢复密钥单或抄下了密钥，并会妥善保管。</translation>
    </message>
    <message>
        <source>Keep the sheet away from the computer, for example in the company safe. Anyone holding it can open the records.</source>
        <translation>请把恢复密钥单放在远离电脑的地方，例如公司保险柜。任何拿到它的人都能打开全部档案。</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>&amp;Print recovery sheet…</source>
        <translation>打印恢复密钥单(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save recovery sheet (PDF)…</source>
        <translation>保存恢复密钥单 (PDF)(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>The clipboard is cleared again after 30 seconds.</source>
        <translation>30 秒后剪贴板会被自动清空。</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>恢复密钥单</translation>
    </message>
    <message>
        <source>Save recovery sheet</source>
        <translation>保存恢复密钥单</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved. Print it now, then delete the file: a recovery key should live on paper, not on the computer.</source>
        <translation>已保存。请现在打印，然后删除该文件：恢复密钥应保存在纸上，而不是电脑里。</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Vault recovery sheet</source>
        <translation>档案库恢复密钥单</translation>
    </message>
    <message>
        <source>Vault:</source>
        <translation>档案库：</translation>
    </message>
    <message>
        <source>Printed on:</source>
        <translation>打印日期：</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>恢复密钥：</translation>
    </message>
    <message>
        <source>If the passphrase is forgotten, open the vault in EHR Desktop, choose &quot;Use recovery key&quot; and type this key to set a new passphrase.</source>
        <translation>如果忘记了密码，请在 EHR Desktop 中打开档案库，选择“使用恢复密钥”，输入此密钥并设置新密码。</translation>
    </message>
    <message>
        <source>Letters and digits are what count: upper or lower case and the dashes do not matter.</source>
        <translation>只需核对字母和数字：大小写和短横线都不影响。</translation>
    </message>
    <message>
        <source>A backup of the vault can also be restored on another computer with this key.</source>
        <translation>用这个密钥也可以在另一台电脑上恢复档案库的备份。</translation>
    </message>
    <message>
        <source>Anyone holding this sheet can open all personnel records. Keep it locked away (for example in the company safe), not next to the computer, and never as a photo or file on the computer.</source>
        <translation>任何拿到这张密钥单的人都能打开全部人事档案。请把它锁好（例如放在公司保险柜），不要放在电脑旁边，也不要拍照或以文件形式存在电脑里。</translation>
    </message>
    <message>
        <source>EHR Desktop — recovery sheet. A new recovery key (Settings) makes this sheet invalid.</source>
        <translation>EHR Desktop — 恢复密钥单。在“设置”中生成新的恢复密钥后，本单作废。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>生成软件</translation>
    </message>
    <message>
        <source>With the recovery &amp;key</source>
        <translation>用恢复密钥(&amp;K)</translation>
    </message>
    <message>
        <source>As a ne&amp;w vault</source>
        <translation>恢复为新的档案库(&amp;W)</translation>
    </message>
    <message>
        <source>Replace the &amp;open vault (it is kept as a safety copy)</source>
        <translation>替换当前打开的档案库（原档案库会保留一份安全副本）(&amp;O)</translation>
    </message>
    <message>
        <source>{name} (restored)</source>
        <translation>{name}（恢复）</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>The backup is checked in full before anything is written. The open vault is not changed unless you choose to replace it.</source>
        <translation>写入任何内容之前会完整检查备份。除非您选择替换，当前打开的档案库不会被改动。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Choose a folder for the restored vault</source>
        <translation>选择恢复后档案库所在的文件夹</translation>
    </message>
    <message>
        <source>With a &amp;passphrase (the vault&apos;s of that day, or the backup&apos;s own)</source>
        <translation>用密码(&amp;P)（备份当天档案库的密码，或备份自己的密码）</translation>
    </message>
    <message>
        <source>Type the passphrase or the recovery key.</source>
        <translation>请输入密码或恢复密钥。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The new language applies the next time the app starts.</source>
        <translation>新的语言将在下次启动时生效。</translation>
    </message>
    <message>
        <source>This computer now remembers the passphrase.</source>
        <translation>这台电脑现在会记住密码。</translation>
    </message>
    <message>
        <source>This computer no longer remembers the passphrase.</source>
        <translation>这台电脑不再记住密码。</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>新的恢复密钥</translation>
    </message>
    <message>
        <source>A new recovery key replaces the old one: the printed recovery sheet stops working. Continue?</source>
        <translation>新的恢复密钥会替换旧密钥：已打印的恢复密钥单将失效。要继续吗？</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Company &amp;name</source>
        <translation>公司名称(&amp;N)</translation>
    </message>
    <message>
        <source>Printed on appraisal sheets and dossiers.</source>
        <translation>会打印在考核表和人事档案上。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>无操作多久后锁定(&amp;L)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Lock automatically</source>
        <translation>自动锁定</translation>
    </message>
    <message>
        <source>&amp;Remember this vault&apos;s passphrase on this computer</source>
        <translation>在这台电脑上记住此档案库的密码(&amp;R)</translation>
    </message>
    <message>
        <source>Kept in the system password store. Anyone who can sign in to this computer account can then open the vault.</source>
        <translation>保存在系统的密码存储中。任何能登录这台电脑此账户的人都能打开档案库。</translation>
    </message>
    <message>
        <source>Passphrase and recovery</source>
        <translation>密码与恢复</translation>
    </message>
    <message>
        <source>The passphrase opens the vault every day. The recovery key, printed on the recovery sheet, sets a new passphrase if it is forgotten.</source>
        <translation>日常用密码打开档案库。忘记密码时，可以用恢复密钥单上的恢复密钥设置新密码。</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>修改密码(&amp;C)…</translation>
    </message>
    <message>
        <source>New recovery &amp;key…</source>
        <translation>生成新的恢复密钥(&amp;K)…</translation>
    </message>
    <message>
        <source>Vault check</source>
        <translation>档案库检查</translation>
    </message>
    <message>
        <source>Checks that the encryption, the records and the audit trail are intact.</source>
        <translation>检查加密、数据记录和修改记录是否完好。</translation>
    </message>
    <message>
        <source>Check the &amp;vault now</source>
        <translation>立即检查档案库(&amp;V)</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Show or hide the passphrase</source>
        <translation>显示或隐藏密码</translation>
    </message>
    <message>
        <source>Leave empty to use the passphrase remembered on this computer</source>
        <translation>留空则使用这台电脑记住的密码</translation>
    </message>
    <message>
        <source>Type the vault&apos;s passphrase</source>
        <translation>请输入档案库的密码</translation>
    </message>
    <message>
        <source>Demo vault with made-up people. Its passphrase is {passphrase}</source>
        <translation>演示档案库，人员均为虚构。它的密码是 {passphrase}</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>请先输入密码。</translation>
    </message>
    <message>
        <source>Wait {seconds} s</source>
        <translation>请等待 {seconds} 秒</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Unlock vault</source>
        <translation>解锁档案库</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>在这台电脑上记住密码(&amp;R)</translation>
    </message>
    <message>
        <source>Unlock without typing the passphrase on this computer. The key is kept in the system password store (Windows Credential Manager, macOS Keychain).</source>
        <translation>在这台电脑上无需输入密码即可解锁。密钥保存在系统的密码存储中（Windows 凭据管理器、macOS 钥匙串）。</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the recovery key</source>
        <translation>忘记密码？使用恢复密钥</translation>
    </message>
    <message>
        <source>Open another vault…</source>
        <translation>打开其他档案库…</translation>
    </message>
    <message>
        <source>Type the recovery key from the vault&apos;s recovery sheet, then choose a new passphrase.</source>
        <translation>请输入档案库恢复密钥单上的恢复密钥，然后设置新密码。</translation>
    </message>
    <message>
        <source>Recovery &amp;key</source>
        <translation>恢复密钥(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <source>R&amp;epeat</source>
        <translation>再次输入(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>Set new passphrase and unlock</source>
        <translation>设置新密码并解锁</translation>
    </message>
</context>
<context>
    <name>VaultLocationFields</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Vault &amp;name</source>
        <translation>档案库名称(&amp;N)</translation>
    </message>
    <message>
        <source>In &amp;folder</source>
        <translation>所在文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Give the vault a name.</source>
        <translation>请为档案库起个名字。</translation>
    </message>
    <message>
        <source>A name cannot contain \ / : * ? &quot; &lt; &gt; |</source>
        <translation>名称中不能包含 \ / : * ? &quot; &lt; &gt; |</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>请选择文件夹。</translation>
    </message>
    <message>
        <source>A vault with this name already exists in that folder.</source>
        <translation>该文件夹中已有同名的档案库。</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>Vault files complete</source>
        <translation>档案库文件完整</translation>
    </message>
    <message>
        <source>Backup file complete and unaltered</source>
        <translation>备份文件完整且未被改动</translation>
    </message>
    <message>
        <source>Record counts match</source>
        <translation>记录数量一致</translation>
    </message>
    <message>
        <source>Encryption intact</source>
        <translation>加密完好</translation>
    </message>
    <message>
        <source>Database structure intact</source>
        <translation>数据结构完好</translation>
    </message>
    <message>
        <source>Records consistent</source>
        <translation>记录前后一致</translation>
    </message>
    <message>
        <source>Data format known</source>
        <translation>数据格式可识别</translation>
    </message>
    <message>
        <source>Audit trail unbroken</source>
        <translation>修改记录完整未被篡改</translation>
    </message>
    <message>
        <source>The vault is intact.</source>
        <translation>档案库完好。</translation>
    </message>
    <message>
        <source>The vault has problems. Keep the app closed, make no changes and restore the latest good backup.</source>
        <translation>档案库有问题。请不要再做任何修改，并从最近一份完好的备份恢复。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to EHR Desktop</source>
        <translation>欢迎使用 EHR Desktop</translation>
    </message>
    <message>
        <source>Personnel files and appraisals, kept encrypted on this computer only.</source>
        <translation>人事档案与绩效考核，只加密保存在这台电脑上。</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>新建档案库</translation>
    </message>
    <message>
        <source>Start an empty, encrypted archive for your company.</source>
        <translation>为公司建立一个新的加密档案库。</translation>
    </message>
    <message>
        <source>Open the demo vault</source>
        <translation>打开演示档案库</translation>
    </message>
    <message>
        <source>Try the app with a fictitious company and made-up employees.</source>
        <translation>用一家虚构的公司和虚构的员工试用本软件。</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>从备份文件恢复</translation>
    </message>
    <message>
        <source>Bring an archive from another computer, using its backup file and passphrase.</source>
        <translation>用备份文件和密码，把另一台电脑上的档案库搬过来。</translation>
    </message>
    <message>
        <source>Open an existing vault…</source>
        <translation>打开已有的档案库…</translation>
    </message>
    <message>
        <source>Choose a vault folder (its name ends in .ehrvault).</source>
        <translation>选择档案库文件夹（名称以 .ehrvault 结尾）。</translation>
    </message>
    <message>
        <source>Recently opened</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <source>Double-click to open</source>
        <translation>双击打开</translation>
    </message>
</context>
</TS>
