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
    <name>ChangeHeadDialog</name>
    <message>
        <source>Head of “{path}” now: {name}.</source>
        <translation>“{path}”的部门负责人现为：{name}。</translation>
    </message>
    <message>
        <source>“{path}” has no head now.</source>
        <translation>“{path}”现在没有部门负责人。</translation>
    </message>
    <message>
        <source>Change head</source>
        <translation>更换部门负责人</translation>
    </message>
    <message>
        <source>Leave the department without a head</source>
        <translation>该部门暂不设负责人</translation>
    </message>
    <message>
        <source>New head</source>
        <translation>新负责人</translation>
    </message>
    <message>
        <source>Choose an employee from the list.</source>
        <translation>请从列表中选择一名员工。</translation>
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
        <source>{shown} of {total} employees.</source>
        <translation>共 {total} 名员工，显示 {shown} 名。</translation>
    </message>
    <message>
        <source>none saved yet</source>
        <translation>尚未保存任何方案</translation>
    </message>
    <message>
        <source>There is no mapping profile named “{name}” (saved profiles: {known}).</source>
        <translation>没有名为“{name}”的列对应方案（已保存的方案：{known}）。</translation>
    </message>
    <message>
        <source>{mode}: {created} new, {updated} updated, {unchanged} unchanged, {rejected} rejected, {flagged} flagged, {conflicts} with conflicts.</source>
        <translation>{mode}：新增 {created} 条，更新 {updated} 条，无变化 {unchanged} 条，未导入 {rejected} 条，需核对 {flagged} 条，有冲突 {conflicts} 条。</translation>
    </message>
    <message>
        <source>Dry run, nothing written</source>
        <translation>试运行，未写入任何内容</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>The roster is written as .xlsx or .csv: {path}</source>
        <translation>花名册只能保存为 .xlsx 或 .csv 文件：{path}</translation>
    </message>
    <message>
        <source>{rows} employees written to {path}.</source>
        <translation>已将 {rows} 名员工写入 {path}。</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>已取消，没有做任何更改。</translation>
    </message>
</context>
<context>
    <name>CloseDepartmentDialog</name>
    <message>
        <source>Close department</source>
        <translation>撤销部门</translation>
    </message>
    <message>
        <source>“{path}” is closed from the effective date. It stays in the records with its history. Only a department without employees or open sub-departments can be closed.</source>
        <translation>“{path}”自生效日期起撤销，该部门及其历史变化仍保留在档案中。只有没有员工、也没有未撤销下级部门的部门才能撤销。</translation>
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
    <name>ConfirmFields</name>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Confirmed on</source>
        <translation>转正日期</translation>
    </message>
</context>
<context>
    <name>ConfirmProbationDialog</name>
    <message>
        <source>Confirm after probation</source>
        <translation>试用期满转正</translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <source>Remove the selected contact</source>
        <translation>删除所选联系人</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>Labour contract</source>
        <translation>劳动合同</translation>
    </message>
    <message>
        <source>Sign a new contract</source>
        <translation>签订新合同</translation>
    </message>
    <message>
        <source>Renew the contract</source>
        <translation>续签合同</translation>
    </message>
    <message>
        <source>Renew the contract of {start} – {end}</source>
        <translation>续签 {start} 至 {end} 的合同</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>无终止日期</translation>
    </message>
    <message>
        <source>Probation until</source>
        <translation>试用期至</translation>
    </message>
    <message>
        <source>Start date *</source>
        <translation>开始日期 *</translation>
    </message>
    <message>
        <source>Contract type</source>
        <translation>合同类型</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>This employee has had {count} fixed-term contracts in a row and may ask for an open-ended one (Labour Contract Law, art. 14).</source>
        <translation>该员工已连续签订 {count} 次固定期限劳动合同，可以要求签订无固定期限劳动合同（《劳动合同法》第十四条）。</translation>
    </message>
</context>
<context>
    <name>CorrectEventDialog</name>
    <message>
        <source>This entry follows a contract or withdraws another entry and cannot be corrected here. Change the contract itself (renew or terminate it) instead.</source>
        <translation>此记录来自合同，或用于撤销另一条记录，不能在这里更正。请直接处理合同本身（续签或终止）。</translation>
    </message>
    <message>
        <source>Correct an entry</source>
        <translation>更正记录</translation>
    </message>
</context>
<context>
    <name>CustomFieldDialog</name>
    <message>
        <source>Add a custom field</source>
        <translation>添加自定义字段</translation>
    </message>
    <message>
        <source>The new field appears in the basic data of every employee&apos;s file. It can be retired later, but not renamed.</source>
        <translation>新字段会出现在每位员工档案的基本信息中。之后可以停用，但不能改名。</translation>
    </message>
    <message>
        <source>For example: Shoe size, Locker number</source>
        <translation>例如：鞋码、储物柜编号</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>One choice per line</source>
        <translation>每行一个选项</translation>
    </message>
    <message>
        <source>&amp;Choices</source>
        <translation>选项(&amp;C)</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>添加字段</translation>
    </message>
</context>
<context>
    <name>CustomFieldTableModel</name>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用中</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>The field&apos;s name in the employee file</source>
        <translation>该字段在员工档案中的名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What the field holds: text, a number, a date or one of a list of choices</source>
        <translation>字段内容的类型：文本、数字、日期或从选项中选择</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>The values offered by a choice field</source>
        <translation>选择型字段提供的选项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Retired fields no longer appear in the employee file; values entered before stay in the files&apos; history</source>
        <translation>已停用的字段不再出现在员工档案中；之前填写的内容保留在档案的修改记录里</translation>
    </message>
</context>
<context>
    <name>DepartmentHistory</name>
    <message>
        <source>1 employee</source>
        <translation>1 名员工</translation>
    </message>
    <message>
        <source>{count} employees</source>
        <translation>{count} 名员工</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>最高层级</translation>
    </message>
    <message>
        <source>Established at the top level as “{name}”.</source>
        <translation>在最高层级设立，名称为“{name}”。</translation>
    </message>
    <message>
        <source>Established as “{name}” under {parent}.</source>
        <translation>在 {parent} 下设立，名称为“{name}”。</translation>
    </message>
    <message>
        <source>From “{old}” to “{new}”.</source>
        <translation>由“{old}”更名为“{new}”。</translation>
    </message>
    <message>
        <source>From under {old} to under {new}.</source>
        <translation>上级部门由 {old} 调整为 {new}。</translation>
    </message>
    <message>
        <source>{new} became head.</source>
        <translation>{new} 担任部门负责人。</translation>
    </message>
    <message>
        <source>{old} is no longer head; no one heads it now.</source>
        <translation>{old} 不再担任部门负责人；目前没有负责人。</translation>
    </message>
    <message>
        <source>From {old} to {new}.</source>
        <translation>由 {old} 变更为 {new}。</translation>
    </message>
    <message>
        <source>Merged into {target}; {employees} transferred.</source>
        <translation>并入 {target}；{employees} 随之调入。</translation>
    </message>
    <message>
        <source>Took in {source}.</source>
        <translation>{source} 并入本部门。</translation>
    </message>
</context>
<context>
    <name>DepartmentHistoryModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>The day the change took effect</source>
        <translation>变更生效的日期</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>变更事项</translation>
    </message>
    <message>
        <source>The kind of change</source>
        <translation>变更类型</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>What changed, in words</source>
        <translation>变更内容说明</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The note written with the change</source>
        <translation>变更时填写的备注</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Who recorded the change</source>
        <translation>记录此变更的人</translation>
    </message>
</context>
<context>
    <name>DepartmentTreeModel</name>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>The department&apos;s name; its sub-departments are listed under it</source>
        <translation>部门名称；下级部门列在其下方</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Who heads the department</source>
        <translation>部门负责人</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Employees in this department itself</source>
        <translation>本部门员工人数（不含下级部门）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Employees including every sub-department</source>
        <translation>含所有下级部门的员工人数</translation>
    </message>
    <message>
        <source>{name} (closed on {date})</source>
        <translation>{name}（{date} 撤销）</translation>
    </message>
</context>
<context>
    <name>EmployeeFile</name>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Former name</source>
        <translation>曾用名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Native place</source>
        <translation>籍贯</translation>
    </message>
    <message>
        <source>Hukou type</source>
        <translation>户口性质</translation>
    </message>
    <message>
        <source>Hukou address</source>
        <translation>户口所在地</translation>
    </message>
    <message>
        <source>Current address</source>
        <translation>现住址</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>婚姻状况</translation>
    </message>
    <message>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>First started working</source>
        <translation>参加工作时间</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Monthly salary</source>
        <translation>月薪</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>直接上级</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Leave date</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>Probation ends</source>
        <translation>试用期结束</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Corrects entry</source>
        <translation>更正的记录</translation>
    </message>
    <message>
        <source>Contract type</source>
        <translation>合同类型</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Contract ends</source>
        <translation>合同到期日</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Timeline entry</source>
        <translation>人事变动记录</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Renews contract</source>
        <translation>续签的合同</translation>
    </message>
    <message>
        <source>Terminated on</source>
        <translation>终止日期</translation>
    </message>
    <message>
        <source>Termination reason</source>
        <translation>终止原因</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Voluntary</source>
        <translation>主动离职</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>专业</translation>
    </message>
    <message>
        <source>Study mode</source>
        <translation>学习形式</translation>
    </message>
    <message>
        <source>Reason for leaving</source>
        <translation>离职原因</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>证明人</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>发证机构</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Viewed unmasked: {0}</source>
        <translation>查看了完整信息：{0}</translation>
    </message>
    <message>
        <source>Contract {0}</source>
        <translation>合同 {0}</translation>
    </message>
    <message>
        <source>Contracts in the order they started</source>
        <translation>按开始日期排列的合同</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation>无固定期限</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续签</translation>
    </message>
    <message>
        <source>Which earlier contract this one renews</source>
        <translation>本合同续签的前一份合同</translation>
    </message>
    <message>
        <source>Terminated on {0}</source>
        <translation>已于 {0} 终止</translation>
    </message>
    <message>
        <source>: {0}</source>
        <translation>：{0}</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>Starts on {0}</source>
        <translation>将于 {0} 生效</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Renews #{0}</source>
        <translation>续签 #{0}</translation>
    </message>
    <message>
        <source>{0} on {1}</source>
        <translation>{1} {0}</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>The date the change took effect</source>
        <translation>变更生效的日期</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Entries corrected or withdrawn later stay on record, struck through</source>
        <translation>之后被更正或撤销的记录仍会保留，并以删除线显示</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation>{0} 由 {1} 记录</translation>
    </message>
    <message>
        <source>When and by whom the entry was made</source>
        <translation>记录的时间和记录人</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Department: {0}</source>
        <translation>部门：{0}</translation>
    </message>
    <message>
        <source>Position: {0}</source>
        <translation>岗位：{0}</translation>
    </message>
    <message>
        <source>Grade: {0}</source>
        <translation>职级：{0}</translation>
    </message>
    <message>
        <source>Salary: {0}</source>
        <translation>薪资：{0}</translation>
    </message>
    <message>
        <source>the department head</source>
        <translation>部门负责人</translation>
    </message>
    <message>
        <source>Supervisor: {0}</source>
        <translation>直接上级：{0}</translation>
    </message>
    <message>
        <source>Probation until {0}</source>
        <translation>试用期至 {0}</translation>
    </message>
    <message>
        <source>until {0}</source>
        <translation>至 {0}</translation>
    </message>
    <message>
        <source>Not voluntary</source>
        <translation>非主动离职</translation>
    </message>
    <message>
        <source>Withdrawn on {0}</source>
        <translation>已于 {0} 撤销</translation>
    </message>
    <message>
        <source>Corrected on {0}</source>
        <translation>已于 {0} 更正</translation>
    </message>
    <message>
        <source>Withdraws the entry of {0}</source>
        <translation>撤销 {0} 的记录</translation>
    </message>
    <message>
        <source>Corrects the entry of {0}</source>
        <translation>更正 {0} 的记录</translation>
    </message>
    <message>
        <source>Double-click to see the scans of this entry</source>
        <translation>双击查看这条记录的扫描件</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Expired on {0}</source>
        <translation>已于 {0} 过期</translation>
    </message>
    <message>
        <source>Expires on {0}</source>
        <translation>{0} 到期</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>The timeline entry, contract or record this file is a scan of</source>
        <translation>该文件是哪条人事变动、哪份合同或哪条记录的扫描件</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>When it happened (this computer&apos;s time)</source>
        <translation>发生时间（本机时间）</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>修改内容</translation>
    </message>
    <message>
        <source>Sensitive values stay masked here too</source>
        <translation>敏感信息在这里同样保持隐藏</translation>
    </message>
</context>
<context>
    <name>EmployeeFileView</name>
    <message>
        <source>Confirm…</source>
        <translation>转正…</translation>
    </message>
    <message>
        <source>Confirm the employee after probation</source>
        <translation>试用期满后为员工办理转正</translation>
    </message>
    <message>
        <source>Extend probation…</source>
        <translation>延长试用期…</translation>
    </message>
    <message>
        <source>Move the end of the probation to a later date</source>
        <translation>将试用期结束日期推后</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>调岗…</translation>
    </message>
    <message>
        <source>Move to another department or position</source>
        <translation>调到其他部门或岗位</translation>
    </message>
    <message>
        <source>Promote…</source>
        <translation>晋升…</translation>
    </message>
    <message>
        <source>A new grade, usually with a new salary</source>
        <translation>调整到新的职级，通常同时调薪</translation>
    </message>
    <message>
        <source>Change salary…</source>
        <translation>调薪…</translation>
    </message>
    <message>
        <source>A new monthly salary from a given date</source>
        <translation>自指定日期起执行新的月薪</translation>
    </message>
    <message>
        <source>Contract…</source>
        <translation>合同…</translation>
    </message>
    <message>
        <source>Sign, renew or terminate a labour contract</source>
        <translation>签订、续签或终止劳动合同</translation>
    </message>
    <message>
        <source>Leave of absence…</source>
        <translation>休假…</translation>
    </message>
    <message>
        <source>Start a leave of absence</source>
        <translation>开始休假</translation>
    </message>
    <message>
        <source>Return from leave…</source>
        <translation>休假返岗…</translation>
    </message>
    <message>
        <source>End the leave of absence</source>
        <translation>结束休假</translation>
    </message>
    <message>
        <source>Offboard…</source>
        <translation>离职…</translation>
    </message>
    <message>
        <source>Resignation, dismissal, contract end, retirement</source>
        <translation>辞职、辞退、合同到期、退休</translation>
    </message>
    <message>
        <source>Rehire…</source>
        <translation>再入职…</translation>
    </message>
    <message>
        <source>Employ a former employee again</source>
        <translation>重新录用已离职的员工</translation>
    </message>
    <message>
        <source>Basic data</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Job and contracts</source>
        <translation>任职与合同</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>人事变动</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育经历</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Work before joining</source>
        <translation>入职前工作经历</translation>
    </message>
    <message>
        <source>Education and history</source>
        <translation>教育与工作经历</translation>
    </message>
    <message>
        <source>Add reward…</source>
        <translation>添加奖励…</translation>
    </message>
    <message>
        <source>Add penalty…</source>
        <translation>添加处分…</translation>
    </message>
    <message>
        <source>Rewards and penalties</source>
        <translation>奖励与处分</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Qualification certificates</source>
        <translation>资格证书</translation>
    </message>
    <message>
        <source>Training and certificates</source>
        <translation>培训与证书</translation>
    </message>
    <message>
        <source>Appraisals</source>
        <translation>绩效考核</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Change supervisor…</source>
        <translation>更改直接上级…</translation>
    </message>
    <message>
        <source>Choose who the employee reports to: the department head or someone else</source>
        <translation>选择该员工向谁汇报：部门负责人或其他人</translation>
    </message>
    <message>
        <source>Supervisor: {0} (department head)</source>
        <translation>直接上级：{0}（部门负责人）</translation>
    </message>
    <message>
        <source>Supervisor: {0}</source>
        <translation>直接上级：{0}</translation>
    </message>
    <message>
        <source>Supervisor: none</source>
        <translation>直接上级：无</translation>
    </message>
    <message>
        <source>Hired on {0}</source>
        <translation>{0} 入职</translation>
    </message>
    <message>
        <source>less than a year of service</source>
        <translation>司龄不满 1 年</translation>
    </message>
    <message>
        <source>1 year of service</source>
        <translation>司龄 1 年</translation>
    </message>
    <message>
        <source>{0} years of service</source>
        <translation>司龄 {0} 年</translation>
    </message>
    <message>
        <source>first hired on {0}</source>
        <translation>{0} 首次入职</translation>
    </message>
    <message>
        <source>left on {0}</source>
        <translation>{0} 离职</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>带 * 的项目为必填项。</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身份信息</translation>
    </message>
    <message>
        <source>Household and contact</source>
        <translation>户口与联系方式</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>工作信息</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>Save the basic data (Ctrl+S)</source>
        <translation>保存基本信息 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo the changes not saved yet (Esc)</source>
        <translation>放弃尚未保存的修改 (Esc)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Current job</source>
        <translation>当前任职</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Job family</source>
        <translation>职族</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Monthly salary</source>
        <translation>月薪</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>First hired on</source>
        <translation>首次入职日期</translation>
    </message>
    <message>
        <source>Probation ends</source>
        <translation>试用期结束</translation>
    </message>
    <message>
        <source>Leave date</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>直接上级</translation>
    </message>
    <message>
        <source>This is the employee&apos;s second consecutive fixed-term contract: at the next renewal the employee may require an open-ended contract (Labour Contract Law, art. 14).</source>
        <translation>这是该员工连续第二次订立的固定期限劳动合同：下次续签时，员工可以要求订立无固定期限劳动合同（《劳动合同法》第十四条）。</translation>
    </message>
    <message>
        <source>No contract recorded yet. Use “Contract…” above to record one.</source>
        <translation>尚未登记合同。请使用上方的“合同…”进行登记。</translation>
    </message>
    <message>
        <source>Labour contracts</source>
        <translation>劳动合同</translation>
    </message>
    <message>
        <source>Attach scan…</source>
        <translation>添加扫描件…</translation>
    </message>
    <message>
        <source>Add the scan of the signed contract to the selected contract</source>
        <translation>为所选合同添加已签署合同的扫描件</translation>
    </message>
    <message>
        <source>{0} (department head)</source>
        <translation>{0}（部门负责人）</translation>
    </message>
    <message>
        <source>Mask the salary again</source>
        <translation>重新隐藏薪资</translation>
    </message>
    <message>
        <source>Show the salary. Viewing it is recorded in this file&apos;s history, with your name and the time.</source>
        <translation>显示薪资。查看操作会连同您的姓名和时间记入本档案的历史记录。</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Record a corrected version of this entry; the original stays on record</source>
        <translation>登记这条记录的更正版本；原记录仍会保留</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>撤销…</translation>
    </message>
    <message>
        <source>Withdraw an entry made in error; it stays on record, marked as withdrawn</source>
        <translation>撤销误录的记录；该记录仍会保留，并标记为已撤销</translation>
    </message>
    <message>
        <source>Add a scan to this entry, such as the signed resignation letter</source>
        <translation>为这条记录添加扫描件，例如已签字的辞职信</translation>
    </message>
    <message>
        <source>Newest first. Entries are never deleted: corrected and withdrawn entries stay, struck through.</source>
        <translation>最新的在前。记录永远不会被删除：已更正和已撤销的记录会保留，并以删除线显示。</translation>
    </message>
    <message>
        <source>Show scans</source>
        <translation>查看扫描件</translation>
    </message>
    <message>
        <source>Withdraw entry</source>
        <translation>撤销记录</translation>
    </message>
    <message>
        <source>Why is “{0}” of {1} withdrawn? The entry stays on record, marked as withdrawn, and the current job is worked out again without it.</source>
        <translation>为什么撤销 {1} 的“{0}”？该记录仍会保留并标记为已撤销，当前任职情况将在排除该记录后重新确定。</translation>
    </message>
    <message>
        <source>Remove record</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>Remove “{0}” ({1}) from the file? The file&apos;s history keeps what it said.</source>
        <translation>要从档案中删除“{0}”（{1}）吗？档案的历史记录中会保留其内容。</translation>
    </message>
    <message>
        <source>No appraisal results yet</source>
        <translation>暂无考核结果</translation>
    </message>
    <message>
        <source>Finalised appraisal results will appear here once appraisal cycles are run under Appraisals. Nothing needs to be done in this file.</source>
        <translation>在“绩效考核”中完成考核周期后，最终考核结果会显示在这里。无需在本档案中进行任何操作。</translation>
    </message>
    <message>
        <source>The category the next added file gets</source>
        <translation>下一个添加的文件所属的类别</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Open in another program</source>
        <translation>用其他程序打开</translation>
    </message>
    <message>
        <source>Writes a temporary unencrypted copy for the other program; it is deleted when this file is closed or the vault locks</source>
        <translation>会为其他程序写入一份未加密的临时副本；关闭本档案或档案库锁定时，该副本会被删除</translation>
    </message>
    <message>
        <source>No attachments yet. Add scans of the contract, ID copies, certificates or a photo with “Add file…”.</source>
        <translation>暂无附件。可通过“添加文件…”添加合同扫描件、证件复印件、证书或照片。</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Select a file to see it here.</source>
        <translation>选择文件即可在此查看。</translation>
    </message>
    <message>
        <source>No preview for this kind of file. Use “Open in another program” to see it.</source>
        <translation>此类文件无法预览。请使用“用其他程序打开”查看。</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Attach a scan to “{0}”</source>
        <translation>为“{0}”添加扫描件</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp *.ofd *.doc *.docx *.xls *.xlsx *.txt);;All files (*)</source>
        <translation>扫描件和文档 (*.pdf *.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp *.ofd *.doc *.docx *.xls *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>删除附件</translation>
    </message>
    <message>
        <source>Remove “{0}” from the file? The file is deleted from the vault; the history keeps its name and size.</source>
        <translation>要从档案中删除“{0}”吗？该文件将从档案库中删除；历史记录中会保留其名称和大小。</translation>
    </message>
    <message>
        <source>The temporary copy could not be written: the disk may be full. Nothing was changed.</source>
        <translation>无法写入临时副本：磁盘可能已满。没有做任何更改。</translation>
    </message>
    <message>
        <source>A temporary unencrypted copy of “{0}” was written for the other program. It will be deleted when this file is closed or the vault locks.</source>
        <translation>已为其他程序写入“{0}”的未加密临时副本。关闭本档案或档案库锁定时，该副本会被删除。</translation>
    </message>
    <message>
        <source>No program on this computer opens this kind of file. Install one, or save the file from a program that can.</source>
        <translation>这台电脑上没有能打开此类文件的程序。请安装相应的程序，或在能打开它的程序中另存该文件。</translation>
    </message>
    <message>
        <source>Every change to this file and every look at a masked value, newest first. Sensitive values stay masked here too.</source>
        <translation>本档案的每一次修改和每一次对已隐藏信息的查看，最新的在前。敏感信息在这里同样保持隐藏。</translation>
    </message>
</context>
<context>
    <name>EmployeeListPage</name>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Probation ends</source>
        <translation>试用期结束</translation>
    </message>
    <message>
        <source>Leave date</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Sorted by pinyin initials, like a roster.</source>
        <translation>按拼音首字母排序，和花名册一样。</translation>
    </message>
    <message>
        <source>The current department, with its parent departments.</source>
        <translation>当前所在部门及其上级部门。</translation>
    </message>
    <message>
        <source>Masked unless &quot;Show ID numbers and phones&quot; is on.</source>
        <translation>除非打开“显示证件号码和电话”，否则会隐藏。</translation>
    </message>
    <message>
        <source>Current employees</source>
        <translation>在职员工</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>Confirm probation…</source>
        <translation>转正…</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>调岗…</translation>
    </message>
    <message>
        <source>Promote or change grade…</source>
        <translation>晋升或调整职级…</translation>
    </message>
    <message>
        <source>Change salary…</source>
        <translation>调薪…</translation>
    </message>
    <message>
        <source>Sign or renew contract…</source>
        <translation>签订或续签合同…</translation>
    </message>
    <message>
        <source>Offboard…</source>
        <translation>离职…</translation>
    </message>
    <message>
        <source>Rehire…</source>
        <translation>再入职…</translation>
    </message>
    <message>
        <source>New employee</source>
        <translation>新增员工</translation>
    </message>
    <message>
        <source>Add a new employee&apos;s file (Ctrl+N)</source>
        <translation>新建员工档案 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>导入花名册</translation>
    </message>
    <message>
        <source>Read employees from a roster spreadsheet</source>
        <translation>从花名册表格中读取员工</translation>
    </message>
    <message>
        <source>Saved views: a search with its filters and columns</source>
        <translation>已保存的视图：包含搜索内容、筛选条件和显示的列</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>已保存的视图</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>保存视图…</translation>
    </message>
    <message>
        <source>Keep this search, its filters and the shown columns under a name</source>
        <translation>将当前搜索、筛选条件和显示的列以一个名称保存</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>删除视图</translation>
    </message>
    <message>
        <source>Delete the chosen saved view</source>
        <translation>删除所选的已保存视图</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>显示列</translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation>选择要显示的列</translation>
    </message>
    <message>
        <source>Show ID numbers and phones</source>
        <translation>显示证件号码和电话</translation>
    </message>
    <message>
        <source>Show ID numbers and mobile numbers unmasked (recorded in the audit trail)</source>
        <translation>显示完整的证件号码和手机号码（会记入审计记录）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the list again (F5)</source>
        <translation>重新读取列表 (F5)</translation>
    </message>
    <message>
        <source>Search number, name, pinyin initials (zs), ID or phone</source>
        <translation>搜索工号、姓名、拼音首字母（zs）、证件号码或电话</translation>
    </message>
    <message>
        <source>Search employees</source>
        <translation>搜索员工</translation>
    </message>
    <message>
        <source>Department (with its sub-departments)</source>
        <translation>部门（含下级部门）</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>在职状态</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>全部职级</translation>
    </message>
    <message>
        <source>Hired from</source>
        <translation>入职时间从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation>合同到期</translation>
    </message>
    <message>
        <source>Any contract end</source>
        <translation>不限合同到期时间</translation>
    </message>
    <message>
        <source>Contract ends within {days} days</source>
        <translation>{days} 天内合同到期</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Back to the current employees of every department</source>
        <translation>恢复显示所有部门的在职员工</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>清除搜索和筛选条件</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>{name} (closed)</source>
        <translation>{name}（已撤销）</translation>
    </message>
    <message>
        <source>All positions</source>
        <translation>全部岗位</translation>
    </message>
    <message>
        <source>{title} (no longer used)</source>
        <translation>{title}（已停用）</translation>
    </message>
    <message>
        <source>All current employees</source>
        <translation>全部在职员工</translation>
    </message>
    <message>
        <source>1 employee</source>
        <translation>1 名员工</translation>
    </message>
    <message>
        <source>{count} employees</source>
        <translation>{count} 名员工</translation>
    </message>
    <message>
        <source>No employees yet. Import a roster or add a new employee.</source>
        <translation>还没有员工。请导入花名册或新增员工。</translation>
    </message>
    <message>
        <source>No employee matches the search or filters.</source>
        <translation>没有符合搜索或筛选条件的员工。</translation>
    </message>
    <message>
        <source>{name} (changed)</source>
        <translation>{name}（已修改）</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <source>Name of the view (this search, its filters and the shown columns):</source>
        <translation>视图名称（保存当前搜索、筛选条件和显示的列）：</translation>
    </message>
    <message>
        <source>A view named &quot;{name}&quot; already exists. Replace it?</source>
        <translation>已有名为“{name}”的视图。要替换它吗？</translation>
    </message>
    <message>
        <source>Delete the saved view &quot;{name}&quot;? The employees are not affected.</source>
        <translation>要删除已保存的视图“{name}”吗？员工数据不受影响。</translation>
    </message>
    <message>
        <source>The full ID numbers and mobile numbers of the employees in the list will be visible on screen until you turn this off or lock the vault. Showing them is recorded in the audit trail.

Show them?</source>
        <translation>列表中员工的完整证件号码和手机号码将显示在屏幕上，直到您关闭此选项或锁定档案库。显示操作会记入审计记录。

要显示吗？</translation>
    </message>
    <message>
        <source>Hide ID numbers and phones</source>
        <translation>隐藏证件号码和电话</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>打开档案</translation>
    </message>
    <message>
        <source>Copy employee number</source>
        <translation>复制工号</translation>
    </message>
</context>
<context>
    <name>EmployeePicker</name>
    <message>
        <source>Type an employee number, name or initials</source>
        <translation>输入工号、姓名或拼音首字母</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Showing {shown} of {total}; type more to narrow the list.</source>
        <translation>共 {total} 人，显示 {shown} 人；继续输入可缩小范围。</translation>
    </message>
    <message>
        <source>No current employee matches.</source>
        <translation>没有匹配的在职员工。</translation>
    </message>
</context>
<context>
    <name>EmployeesArea</name>
    <message>
        <source>All employees</source>
        <translation>全部员工</translation>
    </message>
    <message>
        <source>Employee file</source>
        <translation>员工档案</translation>
    </message>
    <message>
        <source>Close file</source>
        <translation>关闭档案</translation>
    </message>
    <message>
        <source>This file has unsaved changes. Save them first?</source>
        <translation>此档案有尚未保存的修改。要先保存吗？</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Reason for the correction *</source>
        <translation>更正原因 *</translation>
    </message>
    <message>
        <source>Original entry</source>
        <translation>原记录</translation>
    </message>
    <message>
        <source>{what} on {date}</source>
        <translation>{date} {what}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>备注：{note}</translation>
    </message>
    <message>
        <source>Recorded by {who} at {when}</source>
        <translation>由 {who} 于 {when} 登记</translation>
    </message>
    <message>
        <source>Department: {name}</source>
        <translation>部门：{name}</translation>
    </message>
    <message>
        <source>Position: {name}</source>
        <translation>岗位：{name}</translation>
    </message>
    <message>
        <source>Grade: {grade}</source>
        <translation>职级：{grade}</translation>
    </message>
    <message>
        <source>Monthly salary: {amount}</source>
        <translation>月薪：{amount}</translation>
    </message>
    <message>
        <source>Probation until: {date}</source>
        <translation>试用期至：{date}</translation>
    </message>
    <message>
        <source>Left by own choice</source>
        <translation>本人主动离职</translation>
    </message>
    <message>
        <source>Did not leave by own choice</source>
        <translation>非本人主动离职</translation>
    </message>
    <message>
        <source>Corrected: {reason}</source>
        <translation>已更正：{reason}</translation>
    </message>
</context>
<context>
    <name>EventFields</name>
    <message>
        <source>Effective date</source>
        <translation>生效日期</translation>
    </message>
</context>
<context>
    <name>ExtendProbationDialog</name>
    <message>
        <source>Extend the probation</source>
        <translation>延长试用期</translation>
    </message>
</context>
<context>
    <name>ExtensionFields</name>
    <message>
        <source>Probation ends now</source>
        <translation>当前试用期结束日期</translation>
    </message>
    <message>
        <source>New probation end *</source>
        <translation>新的试用期结束日期 *</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
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
        <translation>休假中</translation>
    </message>
    <message>
        <source>departments</source>
        <translation>个部门</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Rosters (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</source>
        <translation>花名册 (*.xlsx *.xlsm *.xls *.ods *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation>合同到期</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>在职状态</translation>
    </message>
    <message>
        <source>Leave date</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>Ethnic group</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>婚姻状况</translation>
    </message>
    <message>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Native place</source>
        <translation>籍贯</translation>
    </message>
    <message>
        <source>Hukou type</source>
        <translation>户口性质</translation>
    </message>
    <message>
        <source>Hukou address</source>
        <translation>户口所在地</translation>
    </message>
    <message>
        <source>Current address</source>
        <translation>现住址</translation>
    </message>
    <message>
        <source>Started working</source>
        <translation>参加工作时间</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>School</source>
        <translation>毕业院校</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>专业</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>Emergency contact&apos;s relation</source>
        <translation>与紧急联系人关系</translation>
    </message>
    <message>
        <source>Emergency contact&apos;s phone</source>
        <translation>紧急联系人电话</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Monthly salary</source>
        <translation>月薪</translation>
    </message>
    <message>
        <source>Probation end</source>
        <translation>试用期结束日期</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Contract type</source>
        <translation>合同类型</translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation>合同开始日期</translation>
    </message>
    <message>
        <source>Reason for leaving</source>
        <translation>离职原因</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <source>Excel 97–2003 workbook</source>
        <translation>Excel 97–2003 工作簿</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet</source>
        <translation>OpenDocument 电子表格</translation>
    </message>
    <message>
        <source>CSV text file</source>
        <translation>CSV 文本文件</translation>
    </message>
    <message>
        <source>{reason} (first in sheet {sheet}, row {row})</source>
        <translation>{reason}（首次出现在工作表 {sheet} 第 {row} 行）</translation>
    </message>
    <message>
        <source>{column} “{value}”: {reason}</source>
        <translation>{column}“{value}”：{reason}</translation>
    </message>
    <message>
        <source>{column}: {reason}</source>
        <translation>{column}：{reason}</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}：{old} → {new}</translation>
    </message>
    <message>
        <source>Conflict, {field}: the vault has {old}, the roster {new}. The vault&apos;s value is kept.</source>
        <translation>冲突，{field}：档案库中为 {old}，花名册中为 {new}。保留档案库中的值。</translation>
    </message>
    <message>
        <source>Conflict, {field}: the vault has {old}, the roster {new}. The vault&apos;s value is kept; if the roster is right, record the change as a dated step in the employee&apos;s file.</source>
        <translation>冲突，{field}：档案库中为 {old}，花名册中为 {new}。保留档案库中的值；如果花名册正确，请在该员工档案中以带日期的人事变动记录这项变化。</translation>
    </message>
    <message>
        <source>hired on {date}</source>
        <translation>{date} 入职</translation>
    </message>
    <message>
        <source>left on {date}</source>
        <translation>{date} 离职</translation>
    </message>
    <message>
        <source>New employee: {summary}</source>
        <translation>新员工：{summary}</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>有问题</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>修改内容</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Step 1 of 4: choose the roster files</source>
        <translation>第 1 步（共 4 步）：选择花名册文件</translation>
    </message>
    <message>
        <source>Step 2 of 4: check the columns</source>
        <translation>第 2 步（共 4 步）：核对列</translation>
    </message>
    <message>
        <source>Step 3 of 4: preview (nothing is saved yet)</source>
        <translation>第 3 步（共 4 步）：预览（尚未保存任何内容）</translation>
    </message>
    <message>
        <source>Step 4 of 4: imported</source>
        <translation>第 4 步（共 4 步）：导入完成</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>需核对</translation>
    </message>
    <message>
        <source>Import a roster</source>
        <translation>导入花名册</translation>
    </message>
    <message>
        <source>Bring an existing roster (花名册) into the vault</source>
        <translation>将现有花名册导入档案库</translation>
    </message>
    <message>
        <source>First a dry run shows what would be added, what would change (old → new) and every cell with a problem. Nothing is saved until you press Import.</source>
        <translation>先试运行：列出将新增哪些员工、哪些内容会改变（原值 → 新值），以及每个有问题的单元格。在您点击“导入”之前，不会保存任何内容。</translation>
    </message>
    <message>
        <source>Data already in the vault is never overwritten without asking: where the roster and the vault disagree, you decide.</source>
        <translation>档案库中已有的数据不会未经询问就被覆盖：花名册与档案库不一致的地方，由您决定。</translation>
    </message>
    <message>
        <source>Every row that is left out or flagged is listed, and you can save the list as an Excel report to correct the roster.</source>
        <translation>所有未导入或需核对的行都会列出来，您可以把这份清单保存为 Excel 报告，用来修改花名册。</translation>
    </message>
    <message>
        <source>Excel (.xlsx, .xlsm, .xls), WPS or LibreOffice (.ods) and CSV files can be read; several files and sheets at once.</source>
        <translation>可以读取 Excel（.xlsx、.xlsm、.xls）、WPS 或 LibreOffice（.ods）以及 CSV 文件；可一次读取多个文件和多个工作表。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Choose roster files…</source>
        <translation>选择花名册文件…</translation>
    </message>
    <message>
        <source>Next: check the columns</source>
        <translation>下一步：核对列</translation>
    </message>
    <message>
        <source>Each column of the roster and what it is imported as. Correct a column the app did not recognise, or choose Ignore for a column that should stay out. Untick a sheet to leave it out.</source>
        <translation>下面列出花名册的每一列，以及它将作为哪一项导入。如果某列识别得不对，请更正；不需要导入的列，请选择“忽略”。取消勾选某个工作表，即不导入该工作表。</translation>
    </message>
    <message>
        <source>Column profile:</source>
        <translation>列对应方案：</translation>
    </message>
    <message>
        <source>Save as profile…</source>
        <translation>另存为列对应方案…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next: preview the import</source>
        <translation>下一步：预览导入</translation>
    </message>
    <message>
        <source>Where the vault and the roster disagree:</source>
        <translation>档案库与花名册不一致时：</translation>
    </message>
    <message>
        <source>keep the vault&apos;s values</source>
        <translation>保留档案库中的内容</translation>
    </message>
    <message>
        <source>overwrite personal data with the roster&apos;s</source>
        <translation>用花名册的内容覆盖个人信息</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <source>Show employees</source>
        <translation>查看员工</translation>
    </message>
    <message>
        <source>Import another file</source>
        <translation>导入其他文件</translation>
    </message>
    <message>
        <source>Rows to look at (double-click one to open the employee&apos;s file):</source>
        <translation>需要查看的行（双击可打开该员工的档案）：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The import failed and nothing was written to the vault: {reason}</source>
        <translation>导入失败，没有向档案库写入任何内容：{reason}</translation>
    </message>
    <message>
        <source>The report could not be saved: {reason}</source>
        <translation>无法保存报告：{reason}</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was written to the vault.</source>
        <translation>导入已取消，没有向档案库写入任何内容。</translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation>已取消读取。</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>已取消预览。</translation>
    </message>
    <message>
        <source>Report cancelled; no file was written.</source>
        <translation>已取消保存报告，没有写入任何文件。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Choose roster files</source>
        <translation>选择花名册文件</translation>
    </message>
    <message>
        <source>Reading {files}…</source>
        <translation>正在读取 {files}…</translation>
    </message>
    <message>
        <source>The saved profile “{name}” fits these columns and was applied.</source>
        <translation>已保存的列对应方案“{name}”与这些列相符，已自动应用。</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>{rows} employee rows</source>
        <translation>{rows} 行员工数据</translation>
    </message>
    <message>
        <source>{file}: the sheets {sheets} have no header row with an employee number and a name, so they are left out.</source>
        <translation>{file}：工作表 {sheets} 中没有包含工号和姓名的表头行，因此不导入。</translation>
    </message>
    <message>
        <source>Left out (no sheet chosen)</source>
        <translation>不导入（未选择工作表）</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>没有可导入的内容</translation>
    </message>
    <message>
        <source>Import 1 employee</source>
        <translation>导入 1 名员工</translation>
    </message>
    <message>
        <source>Import {count} employees</source>
        <translation>导入 {count} 名员工</translation>
    </message>
    <message>
        <source>Columns as recognised</source>
        <translation>识别出的列</translation>
    </message>
    <message>
        <source>Columns read with the profile “{name}”.</source>
        <translation>已按列对应方案“{name}”读取各列。</translation>
    </message>
    <message>
        <source>Profile “{name}” saved. It is offered again for files with the same columns.</source>
        <translation>列对应方案“{name}”已保存。以后导入列相同的文件时，会再次建议使用此方案。</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet} (header in row {rows})</source>
        <translation>{file}，工作表 {sheet}（表头在第 {rows} 行）</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Title in the roster</source>
        <translation>花名册中的列标题</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Ignore (not imported)</source>
        <translation>忽略（不导入）</translation>
    </message>
    <message>
        <source>{field} (your field)</source>
        <translation>{field}（自定义字段）</translation>
    </message>
    <message>
        <source>Checking what the import would do…</source>
        <translation>正在试运行，查看导入结果…</translation>
    </message>
    <message>
        <source>Not included, because they cannot be read or no sheet is chosen: {files}</source>
        <translation>以下文件无法读取或未选择工作表，因此不导入：{files}</translation>
    </message>
    <message>
        <source>{filter} ({count})</source>
        <translation>{filter}（{count}）</translation>
    </message>
    <message>
        <source>No rows to show here: every row is imported as it is.</source>
        <translation>这里没有要显示的行：所有行都按原样导入。</translation>
    </message>
    <message>
        <source>No rows of this kind.</source>
        <translation>没有此类行。</translation>
    </message>
    <message>
        <source>{name} import report</source>
        <translation>{name} 导入报告</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>保存导入报告</translation>
    </message>
    <message>
        <source>Report saved: {file}</source>
        <translation>报告已保存：{file}</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>正在保存报告…</translation>
    </message>
    <message>
        <source>Importing… Cancel leaves the vault exactly as it was.</source>
        <translation>正在导入…如果取消，档案库会完全保持原样。</translation>
    </message>
    <message>
        <source>Imported: {created} new employees, {updated} updated, {unchanged} unchanged.</source>
        <translation>导入完成：新增 {created} 名员工，更新 {updated} 名，{unchanged} 名无变化。</translation>
    </message>
    <message>
        <source>{rejected} rows were not imported, and {flagged} imported rows need a look (listed below). Save the report to see each one and correct the roster.</source>
        <translation>{rejected} 行未导入，另有 {flagged} 行已导入但需核对（见下方列表）。请保存导入报告，逐条查看并修改花名册。</translation>
    </message>
    <message>
        <source>{conflicts} employees have values that differ from the roster; the vault&apos;s values were kept. The report lists them.</source>
        <translation>{conflicts} 名员工的信息与花名册有冲突，已保留档案库中的原有信息。导入报告中列出了这些员工。</translation>
    </message>
    <message>
        <source>{departments} departments and {positions} positions were added.</source>
        <translation>新增了 {departments} 个部门和 {positions} 个岗位。</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>New, flagged</source>
        <translation>新增，需核对</translation>
    </message>
    <message>
        <source>Updated, flagged</source>
        <translation>更新，需核对</translation>
    </message>
    <message>
        <source>Unchanged, flagged</source>
        <translation>无变化，需核对</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The roster file the row comes from</source>
        <translation>该行所在的花名册文件</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>The sheet of the workbook</source>
        <translation>该行所在的工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>The row number as Excel shows it (for CSV files: the record number)</source>
        <translation>Excel 中显示的行号（CSV 文件为记录序号）</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Employee number as written in the roster</source>
        <translation>花名册中填写的工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Name as written in the roster</source>
        <translation>花名册中填写的姓名</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>What the import does with the row</source>
        <translation>导入时对该行的处理方式</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Why, and what changes: field, old value → new value</source>
        <translation>原因及变更内容：字段，原值 → 新值</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>rejected</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>imported, this value left empty</source>
        <translation>已导入，此项留空</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>conflict: the vault&apos;s value was kept</source>
        <translation>冲突：已保留档案库中的值</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Rejected and flagged</source>
        <translation>未导入与需核对</translation>
    </message>
    <message>
        <source>Changes and conflicts</source>
        <translation>变更与冲突</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>New employees</source>
        <translation>新增员工</translation>
    </message>
    <message>
        <source>Updated employees</source>
        <translation>更新的员工</translation>
    </message>
    <message>
        <source>Unchanged employees</source>
        <translation>无变化的员工</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>未导入的行</translation>
    </message>
    <message>
        <source>Flagged rows</source>
        <translation>需核对的行</translation>
    </message>
    <message>
        <source>Rows with conflicts</source>
        <translation>有冲突的行</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Original value</source>
        <translation>原始值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>In the vault</source>
        <translation>档案库中的值</translation>
    </message>
    <message>
        <source>In the roster</source>
        <translation>花名册中的值</translation>
    </message>
</context>
<context>
    <name>JobFields</name>
    <message>
        <source>Choose a department</source>
        <translation>选择部门</translation>
    </message>
    <message>
        <source>Choose a position</source>
        <translation>选择岗位</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Department *</source>
        <translation>部门 *</translation>
    </message>
    <message>
        <source>Position *</source>
        <translation>岗位 *</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Monthly salary *</source>
        <translation>月薪 *</translation>
    </message>
    <message>
        <source>Probation</source>
        <translation>试用期</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>No hire recorded</source>
        <translation>未登记入职</translation>
    </message>
    <message>
        <source>On probation</source>
        <translation>试用期</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>休假中</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>入职</translation>
    </message>
    <message>
        <source>Rehired</source>
        <translation>再入职</translation>
    </message>
    <message>
        <source>Probation confirmed</source>
        <translation>转正</translation>
    </message>
    <message>
        <source>Probation extended</source>
        <translation>延长试用期</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>调岗</translation>
    </message>
    <message>
        <source>Promoted</source>
        <translation>晋升</translation>
    </message>
    <message>
        <source>Demoted</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>Salary changed</source>
        <translation>调薪</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>签订合同</translation>
    </message>
    <message>
        <source>Contract renewed</source>
        <translation>续签合同</translation>
    </message>
    <message>
        <source>Contract terminated</source>
        <translation>解除合同</translation>
    </message>
    <message>
        <source>Leave of absence</source>
        <translation>休假</translation>
    </message>
    <message>
        <source>Returned from leave</source>
        <translation>休假返岗</translation>
    </message>
    <message>
        <source>Resigned</source>
        <translation>辞职</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>辞退</translation>
    </message>
    <message>
        <source>Left at contract end</source>
        <translation>合同到期离职</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>退休</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>身故</translation>
    </message>
    <message>
        <source>Left (how not recorded)</source>
        <translation>离职（方式未记录）</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Hong Kong/Macao permit</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <source>Taiwan permit</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <source>Foreigner&apos;s permanent residence card</source>
        <translation>外国人永久居留身份证</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>其他证件</translation>
    </message>
    <message>
        <source>Urban</source>
        <translation>城镇</translation>
    </message>
    <message>
        <source>Rural</source>
        <translation>农村</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>未婚</translation>
    </message>
    <message>
        <source>Married</source>
        <translation>已婚</translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation>离异</translation>
    </message>
    <message>
        <source>Widowed</source>
        <translation>丧偶</translation>
    </message>
    <message>
        <source>Ordinary citizen</source>
        <translation>群众</translation>
    </message>
    <message>
        <source>CPC member</source>
        <translation>中共党员</translation>
    </message>
    <message>
        <source>CPC probationary member</source>
        <translation>中共预备党员</translation>
    </message>
    <message>
        <source>Communist Youth League member</source>
        <translation>共青团员</translation>
    </message>
    <message>
        <source>Member of a democratic party</source>
        <translation>民主党派成员</translation>
    </message>
    <message>
        <source>Fixed-term</source>
        <translation>固定期限</translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation>无固定期限</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>实习</translation>
    </message>
    <message>
        <source>Labour service</source>
        <translation>劳务</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>非全日制</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育经历</translation>
    </message>
    <message>
        <source>Work before joining</source>
        <translation>入职前工作经历</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>处分</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Qualification certificate</source>
        <translation>资格证书</translation>
    </message>
    <message>
        <source>Contract scan</source>
        <translation>合同扫描件</translation>
    </message>
    <message>
        <source>ID copy</source>
        <translation>证件复印件</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Diploma or degree</source>
        <translation>学历或学位证书</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Contract expiring</source>
        <translation>合同即将到期</translation>
    </message>
    <message>
        <source>Second fixed-term contract ending</source>
        <translation>第二份固定期限合同即将到期</translation>
    </message>
    <message>
        <source>Probation ending</source>
        <translation>试用期即将结束</translation>
    </message>
    <message>
        <source>Certificate expiring</source>
        <translation>证书即将到期</translation>
    </message>
    <message>
        <source>No contract in force</source>
        <translation>无有效合同</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>设立</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>更名</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>调整上级部门</translation>
    </message>
    <message>
        <source>Merged into another department</source>
        <translation>并入其他部门</translation>
    </message>
    <message>
        <source>Took in a merged department</source>
        <translation>接收并入的部门</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Head changed</source>
        <translation>负责人变更</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Viewed unmasked</source>
        <translation>查看完整信息</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>人事变动</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Imported from a roster</source>
        <translation>从花名册导入</translation>
    </message>
    <message>
        <source>Imported from a roster; it gave no start date, so the hire date is used</source>
        <translation>从花名册导入；花名册未写开始日期，以入职日期为准</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>Leave of absence</source>
        <translation>休假</translation>
    </message>
</context>
<context>
    <name>LeaveFields</name>
    <message>
        <source>Sick leave</source>
        <translation>病假</translation>
    </message>
    <message>
        <source>Maternity leave</source>
        <translation>产假</translation>
    </message>
    <message>
        <source>Personal leave</source>
        <translation>事假</translation>
    </message>
    <message>
        <source>Work-injury leave</source>
        <translation>工伤假</translation>
    </message>
    <message>
        <source>Unpaid leave</source>
        <translation>无薪假</translation>
    </message>
    <message>
        <source>Further study</source>
        <translation>脱产进修</translation>
    </message>
    <message>
        <source>Kind of leave</source>
        <translation>休假类型</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Leave starts on</source>
        <translation>休假开始日期</translation>
    </message>
</context>
<context>
    <name>LifecycleDialogs</name>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
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
    <name>MergeDepartmentDialog</name>
    <message>
        <source>Merge department</source>
        <translation>合并部门</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>并入</translation>
    </message>
    <message>
        <source>1 employee of “{name}” will be transferred to “{target}” on the effective date; the transfer is recorded in their file.</source>
        <translation>“{name}”的 1 名员工将于生效日期调岗至“{target}”；调岗会记入其档案。</translation>
    </message>
    <message>
        <source>{count} employees of “{name}” will be transferred to “{target}” on the effective date; each transfer is recorded in the employee&apos;s file.</source>
        <translation>“{name}”的 {count} 名员工将于生效日期调岗至“{target}”；每次调岗都会记入相应员工的档案。</translation>
    </message>
    <message>
        <source>“{name}” has no employees to transfer.</source>
        <translation>“{name}”没有需要调岗的员工。</translation>
    </message>
    <message>
        <source>Its {count} sub-departments move under “{target}”.</source>
        <translation>其下的 {count} 个下级部门将改为隶属“{target}”。</translation>
    </message>
    <message>
        <source>“{name}” is then closed.</source>
        <translation>随后撤销“{name}”。</translation>
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
    <message>
        <source>Some values cannot be saved. Nothing was changed; correct the fields marked and try again.</source>
        <translation>部分内容无法保存。没有做任何更改；请修改标出的字段后重试。</translation>
    </message>
    <message>
        <source>This record no longer exists; it may have been removed meanwhile. Refresh the list (F5).</source>
        <translation>此记录已不存在，可能已被删除。请刷新列表 (F5)。</translation>
    </message>
    <message>
        <source>The file is larger than {limit_mb} MB and cannot be attached. Scan it at a lower resolution or split it, then try again.</source>
        <translation>文件大于 {limit_mb} MB，无法添加为附件。请用较低的分辨率扫描或将其拆分后重试。</translation>
    </message>
    <message>
        <source>The file {path} could not be read. Check that it still exists and is not open in another program.</source>
        <translation>无法读取文件 {path}。请检查它是否仍然存在，且没有在其他程序中打开。</translation>
    </message>
    <message>
        <source>This change does not fit the employee&apos;s history. Nothing was changed.</source>
        <translation>此变动与该员工的档案记录不符。没有做任何更改。</translation>
    </message>
    <message>
        <source>This change to the organization is not possible. Nothing was changed.</source>
        <translation>这项组织架构变动无法进行。没有做任何更改。</translation>
    </message>
    <message>
        <source>{path} could not be read as a roster. Nothing was imported.</source>
        <translation>无法将 {path} 作为花名册读取。没有导入任何内容。</translation>
    </message>
    <message>
        <source>{path} is not a spreadsheet this app can read. Save it from Excel or WPS as .xlsx (or .csv) and try again. Nothing was imported.</source>
        <translation>{path} 不是本软件能读取的表格文件。请在 Excel 或 WPS 中将其另存为 .xlsx（或 .csv）格式后重试。没有导入任何内容。</translation>
    </message>
    <message>
        <source>{path} is protected with a password. Open it in Excel or WPS, remove the password (File ▸ Info ▸ Protect Workbook), save, and try again. Nothing was imported.</source>
        <translation>{path} 设有密码保护。请在 Excel 或 WPS 中打开它，取消密码（文件 ▸ 信息 ▸ 保护工作簿），保存后重试。没有导入任何内容。</translation>
    </message>
    <message>
        <source>{path} is too large to be a roster. Split it into smaller files and try again. Nothing was imported.</source>
        <translation>{path} 太大，不可能是花名册。请拆分成几个较小的文件后重试。没有导入任何内容。</translation>
    </message>
    <message>
        <source>A sheet of {path} has far more rows than any roster. Check that it is the right file, or copy the roster rows into a new workbook. Nothing was imported.</source>
        <translation>{path} 中有一个工作表的行数远远超过任何花名册。请确认文件是否选对，或将花名册的行复制到一个新的工作簿中。没有导入任何内容。</translation>
    </message>
    <message>
        <source>A sheet of {path} has far more columns than any roster. Check that it is the right file. Nothing was imported.</source>
        <translation>{path} 中有一个工作表的列数远远超过任何花名册。请确认文件是否选对。没有导入任何内容。</translation>
    </message>
    <message>
        <source>{path} looks damaged or built to exhaust the computer&apos;s memory, so it was not opened. Nothing was imported.</source>
        <translation>{path} 似乎已损坏，或被故意做成会耗尽电脑内存的文件，因此没有打开。没有导入任何内容。</translation>
    </message>
    <message>
        <source>{path} contains constructs that spreadsheets saved by Excel or WPS never have, so it was not opened. Nothing was imported.</source>
        <translation>{path} 含有 Excel 或 WPS 保存的表格中从不会出现的内容，因此没有打开。没有导入任何内容。</translation>
    </message>
    <message>
        <source>No sheet of {path} has a header row with an employee number and a name in its first ten rows. Add those column titles, or map the columns by hand. Nothing was imported.</source>
        <translation>{path} 的各个工作表在前 10 行中都找不到含有工号和姓名的表头行。请添加这两个列标题，或手动设置列对应。没有导入任何内容。</translation>
    </message>
    <message>
        <source>{path} is empty. Nothing was imported.</source>
        <translation>{path} 是空文件。没有导入任何内容。</translation>
    </message>
    <message>
        <source>The row has an employee number but no name, so it cannot be identified. Not imported.</source>
        <translation>该行有工号但没有姓名，无法确认是哪位员工。未导入。</translation>
    </message>
    <message>
        <source>The row has a name but no employee number, so it cannot be identified. Not imported.</source>
        <translation>该行有姓名但没有工号，无法确认是哪位员工。未导入。</translation>
    </message>
    <message>
        <source>This employee number was already imported from an earlier row. Not imported.</source>
        <translation>此工号已在前面的行中导入过。未导入。</translation>
    </message>
    <message>
        <source>The ID number was stored as a number, so Excel kept only its first 15 digits; the real number cannot be recovered. Imported without the ID number.</source>
        <translation>证件号码被存成了数字，Excel 只保留了前 15 位，无法还原真实号码。已导入，证件号码留空。</translation>
    </message>
    <message>
        <source>The ID number&apos;s check digit is wrong: a digit was probably mistyped. Imported without the ID number.</source>
        <translation>身份证号的校验码不对：可能有数字输错了。已导入，证件号码留空。</translation>
    </message>
    <message>
        <source>This is not an 18-character resident ID number. Imported without the ID number.</source>
        <translation>这不是 18 位的居民身份证号。已导入，证件号码留空。</translation>
    </message>
    <message>
        <source>This is not a complete calendar date. Imported without this date.</source>
        <translation>这不是完整的日期（年、月、日）。已导入，此日期留空。</translation>
    </message>
    <message>
        <source>This is not a valid mobile number. Imported without the phone number.</source>
        <translation>这不是有效的手机号码。已导入，手机号码留空。</translation>
    </message>
    <message>
        <source>The row is hidden in the workbook. Imported; check that it belongs to the roster.</source>
        <translation>该行在工作簿中是隐藏的。已导入，请确认它确实属于花名册。</translation>
    </message>
    <message>
        <source>No hire date: imported without job history. Record the hire in the employee&apos;s file.</source>
        <translation>没有入职日期：已导入，但没有任职记录。请在员工档案中登记入职。</translation>
    </message>
    <message>
        <source>Marked as left but without a leave date: imported as employed. Record the leaving in the employee&apos;s file.</source>
        <translation>标为已离职，但没有离职日期：已按在职导入。请在员工档案中登记离职。</translation>
    </message>
    <message>
        <source>The leave date is not after the hire date: imported without the leaving. Check both dates.</source>
        <translation>离职日期不晚于入职日期：已导入，但未登记离职。请检查这两个日期。</translation>
    </message>
    <message>
        <source>This word is not one of the field&apos;s values. Imported without this value.</source>
        <translation>该值不是此字段的可选值之一。已导入，但未导入此值。</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address. Imported without the e-mail address.</source>
        <translation>这不是有效的电子邮箱地址。已导入，但未导入邮箱。</translation>
    </message>
    <message>
        <source>This is not an amount or a number. Imported without this value.</source>
        <translation>这不是金额或数字。已导入，但未导入此值。</translation>
    </message>
    <message>
        <source>The probation end is not after the hire date: imported without the probation. Check both dates.</source>
        <translation>试用期结束日期不晚于入职日期：已导入，但未导入试用期。请核对这两个日期。</translation>
    </message>
    <message>
        <source>The contract end is not after its start: imported without the contract. Check both dates.</source>
        <translation>合同到期日不晚于合同开始日期：已导入，但未导入该合同。请核对这两个日期。</translation>
    </message>
    <message>
        <source>Marked as employed, but the leave date has passed: imported as employed, without the leaving. Check the status and the date.</source>
        <translation>状态为在职，但离职日期已过：按在职导入，未记录离职。请核对状态和日期。</translation>
    </message>
    <message>
        <source>The date {date} is before the employee was hired. Check the date.</source>
        <translation>日期 {date} 早于该员工的入职日期。请检查日期。</translation>
    </message>
    <message>
        <source>On {date} the employee had already left. Record a rehire first, or check the date.</source>
        <translation>{date} 时该员工已经离职。请先登记再入职，或检查日期。</translation>
    </message>
    <message>
        <source>The employee is already employed on {date}.</source>
        <translation>{date} 时该员工已经在职。</translation>
    </message>
    <message>
        <source>The employee worked here before: use Rehire instead of a new hire.</source>
        <translation>该员工以前在本公司工作过：请使用“再入职”，而不是新员工入职。</translation>
    </message>
    <message>
        <source>A rehire is only possible after the employee has left.</source>
        <translation>员工离职后才能办理再入职。</translation>
    </message>
    <message>
        <source>The rehire date {date} must be after the leaving date.</source>
        <translation>再入职日期 {date} 必须晚于离职日期。</translation>
    </message>
    <message>
        <source>The probation must end after the start date {date}.</source>
        <translation>试用期结束日期必须晚于开始日期 {date}。</translation>
    </message>
    <message>
        <source>On {date} the employee was not on probation, so it cannot be confirmed or extended.</source>
        <translation>{date} 时该员工不在试用期内，因此无法转正或延长试用期。</translation>
    </message>
    <message>
        <source>The new probation end must be later than the current one.</source>
        <translation>新的试用期结束日期必须晚于当前的结束日期。</translation>
    </message>
    <message>
        <source>Choose a new department or position for the transfer.</source>
        <translation>请为调岗选择新的部门或岗位。</translation>
    </message>
    <message>
        <source>Choose the new grade.</source>
        <translation>请选择新的职级。</translation>
    </message>
    <message>
        <source>Enter the new monthly salary.</source>
        <translation>请输入新的月薪。</translation>
    </message>
    <message>
        <source>On {date} the employee was already on leave.</source>
        <translation>{date} 时该员工已经在休假中。</translation>
    </message>
    <message>
        <source>On {date} the employee was not on leave.</source>
        <translation>{date} 时该员工不在休假中。</translation>
    </message>
    <message>
        <source>The date {date} is before the employee&apos;s date of birth. Check the date.</source>
        <translation>日期 {date} 早于该员工的出生日期。请检查日期。</translation>
    </message>
    <message>
        <source>This entry has already been corrected. Correct the newer entry instead.</source>
        <translation>这条记录已经更正过。请更正较新的那条记录。</translation>
    </message>
    <message>
        <source>That department is closed. Choose an open department.</source>
        <translation>该部门已撤销。请选择未撤销的部门。</translation>
    </message>
    <message>
        <source>A department cannot be placed under itself or one of its own sub-departments.</source>
        <translation>部门不能放在它自己或它的下级部门之下。</translation>
    </message>
    <message>
        <source>This employee has left and cannot head a department.</source>
        <translation>该员工已离职，不能担任部门负责人。</translation>
    </message>
    <message>
        <source>{count} employees still work in this department. Transfer them first, or merge the department into another.</source>
        <translation>该部门仍有 {count} 名员工。请先将他们调岗，或将该部门合并到其他部门。</translation>
    </message>
    <message>
        <source>This department still has {count} open sub-departments. Move or close them first.</source>
        <translation>该部门还有 {count} 个未撤销的下级部门。请先移动或撤销它们。</translation>
    </message>
    <message>
        <source>The closing date is before the department was established.</source>
        <translation>撤销日期早于部门的成立日期。</translation>
    </message>
    <message>
        <source>Choose another department to merge into.</source>
        <translation>请选择要并入的其他部门。</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>Too long: at most {limit} characters.</source>
        <translation>太长：最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>Choose one of the offered values.</source>
        <translation>请从给出的选项中选择。</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>该日期晚于今天。</translation>
    </message>
    <message>
        <source>A resident ID number has 18 characters (or 15 for old cards).</source>
        <translation>居民身份证号为 18 位（旧证为 15 位）。</translation>
    </message>
    <message>
        <source>A resident ID number has only digits, with X allowed as the last character.</source>
        <translation>居民身份证号只能是数字，最后一位可以是 X。</translation>
    </message>
    <message>
        <source>The birth date inside the ID number is not a real date.</source>
        <translation>身份证号中的出生日期不是有效日期。</translation>
    </message>
    <message>
        <source>The ID number&apos;s check digit is wrong: a digit was probably mistyped.</source>
        <translation>身份证号的校验码不对：可能有数字输错了。</translation>
    </message>
    <message>
        <source>Does not match the birth date in the ID number ({id_birth}).</source>
        <translation>与身份证号中的出生日期（{id_birth}）不一致。</translation>
    </message>
    <message>
        <source>Does not match the gender in the ID number.</source>
        <translation>与身份证号中的性别不一致。</translation>
    </message>
    <message>
        <source>Not a phone number: a mobile has 11 digits starting with 1.</source>
        <translation>不是有效的电话号码：手机号为 11 位数字，以 1 开头。</translation>
    </message>
    <message>
        <source>Not an e-mail address (name@example.com).</source>
        <translation>不是有效的电子邮箱地址（name@example.com）。</translation>
    </message>
    <message>
        <source>A bank account number has 8 to 30 digits.</source>
        <translation>银行账号为 8 到 30 位数字。</translation>
    </message>
    <message>
        <source>Before the employee&apos;s 16th birthday.</source>
        <translation>该员工当时未满 16 周岁。</translation>
    </message>
    <message>
        <source>Each emergency contact needs a name and a phone number.</source>
        <translation>每位紧急联系人都需要填写姓名和电话号码。</translation>
    </message>
    <message>
        <source>Already used by another record.</source>
        <translation>已被其他记录使用。</translation>
    </message>
    <message>
        <source>This ID number already belongs to employee {employee_no}.</source>
        <translation>此证件号码已属于工号为 {employee_no} 的员工。</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation>请输入日期。</translation>
    </message>
    <message>
        <source>This field no longer exists.</source>
        <translation>此字段已不存在。</translation>
    </message>
    <message>
        <source>This department is closed.</source>
        <translation>该部门已撤销。</translation>
    </message>
    <message>
        <source>Enter a monthly salary above zero.</source>
        <translation>请输入大于零的月薪。</translation>
    </message>
    <message>
        <source>An open-ended contract has no end date.</source>
        <translation>无固定期限合同没有结束日期。</translation>
    </message>
    <message>
        <source>Must be after the start date.</source>
        <translation>必须晚于开始日期。</translation>
    </message>
    <message>
        <source>The probation must end after the start date.</source>
        <translation>试用期结束日期必须晚于开始日期。</translation>
    </message>
    <message>
        <source>The probation cannot end after the contract.</source>
        <translation>试用期结束日期不能晚于合同结束日期。</translation>
    </message>
    <message>
        <source>A renewal starts after the contract it renews.</source>
        <translation>续签的合同必须在原合同之后开始。</translation>
    </message>
    <message>
        <source>Another contract is in force on this date. Renew or terminate it instead.</source>
        <translation>该日期已有另一份合同在有效期内。请改为续签或终止该合同。</translation>
    </message>
    <message>
        <source>The contract cannot start before the hire date.</source>
        <translation>合同开始日期不能早于入职日期。</translation>
    </message>
    <message>
        <source>An employee cannot supervise themselves.</source>
        <translation>员工不能是自己的直接上级。</translation>
    </message>
    <message>
        <source>Enter the hours as a number above zero.</source>
        <translation>请输入大于零的小时数。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>A department name cannot contain “/”.</source>
        <translation>部门名称中不能包含“/”。</translation>
    </message>
    <message>
        <source>Another department with this name already exists at this level.</source>
        <translation>同一级已有同名的部门。</translation>
    </message>
</context>
<context>
    <name>MoveDepartmentDialog</name>
    <message>
        <source>Move department</source>
        <translation>移动部门</translation>
    </message>
    <message>
        <source>“{path}” moves with its sub-departments and employees under the department you choose.</source>
        <translation>“{path}”将连同其下级部门和员工一起移到您选择的部门之下。</translation>
    </message>
    <message>
        <source>New parent department</source>
        <translation>新的上级部门</translation>
    </message>
</context>
<context>
    <name>NewDepartmentDialog</name>
    <message>
        <source>New department</source>
        <translation>新建部门</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>上级部门</translation>
    </message>
    <message>
        <source>Optional, for example SAL-E</source>
        <translation>可选，例如 SAL-E</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>部门编码</translation>
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
    <name>OffboardDialog</name>
    <message>
        <source>Leaving</source>
        <translation>离职</translation>
    </message>
</context>
<context>
    <name>OnboardDialog</name>
    <message>
        <source>New employee</source>
        <translation>新增员工</translation>
    </message>
    <message>
        <source>Hire date *</source>
        <translation>入职日期 *</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>请选择</translation>
    </message>
    <message>
        <source>Employee number *</source>
        <translation>工号 *</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number *</source>
        <translation>证件号码 *</translation>
    </message>
    <message>
        <source>Gender *</source>
        <translation>性别 *</translation>
    </message>
    <message>
        <source>Birth date *</source>
        <translation>出生日期 *</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>任职信息</translation>
    </message>
    <message>
        <source>Sign the labour contract now</source>
        <translation>同时签订劳动合同</translation>
    </message>
    <message>
        <source>Contract type</source>
        <translation>合同类型</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Starts on the hire date, with the probation chosen under Job.</source>
        <translation>自入职日期起生效，试用期按“任职信息”中的选择。</translation>
    </message>
    <message>
        <source>Discard the new employee?</source>
        <translation>要放弃这名新员工吗？</translation>
    </message>
    <message>
        <source>The details typed so far will be lost.</source>
        <translation>已填写的信息将会丢失。</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Tick to enter a date; untick to leave it empty</source>
        <translation>勾选后可输入日期；取消勾选则留空</translation>
    </message>
</context>
<context>
    <name>OrganizationChangeDialog</name>
    <message>
        <source>(Top level: no parent department)</source>
        <translation>（最上级：没有上级部门）</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Optional: why, or the decision&apos;s number</source>
        <translation>可选：变动原因，或决定的文号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>OrganizationPage</name>
    <message>
        <source>Organization</source>
        <translation>组织架构</translation>
    </message>
    <message>
        <source>New department…</source>
        <translation>新建部门…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>移动…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>撤销…</translation>
    </message>
    <message>
        <source>Change head…</source>
        <translation>更换负责人…</translation>
    </message>
    <message>
        <source>Positions…</source>
        <translation>岗位…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Show closed departments</source>
        <translation>显示已撤销的部门</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>部门路径</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>部门编码</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Established on</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>撤销日期</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>员工人数</translation>
    </message>
    <message>
        <source>Show employees</source>
        <translation>查看员工</translation>
    </message>
    <message>
        <source>Opens the employee list with this department and its sub-departments</source>
        <translation>打开员工列表，显示本部门及其下级部门的员工</translation>
    </message>
    <message>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>还没有变动记录。</translation>
    </message>
    <message>
        <source>No departments yet. Create the first one with New department.</source>
        <translation>还没有部门。请用“新建部门”创建第一个部门。</translation>
    </message>
    <message>
        <source>Choose a department on the left to see its details and history.</source>
        <translation>在左侧选择一个部门，查看其详细信息和变动历史。</translation>
    </message>
    <message>
        <source>Open the head&apos;s employee file</source>
        <translation>打开负责人的员工档案</translation>
    </message>
    <message>
        <source>No head appointed</source>
        <translation>未任命负责人</translation>
    </message>
    <message>
        <source>{own} in this department, {total} including sub-departments</source>
        <translation>本部门 {own} 人，含下级部门共 {total} 人</translation>
    </message>
    <message>
        <source>{own} in this department</source>
        <translation>本部门 {own} 人</translation>
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
    <name>PositionTableModel</name>
    <message>
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>The position&apos;s title</source>
        <translation>岗位名称</translation>
    </message>
    <message>
        <source>Job family</source>
        <translation>职族</translation>
    </message>
    <message>
        <source>The group of similar jobs it belongs to</source>
        <translation>该岗位所属的职族（同类岗位的分组）</translation>
    </message>
    <message>
        <source>Default grade</source>
        <translation>默认职级</translation>
    </message>
    <message>
        <source>The grade offered first when someone takes this position</source>
        <translation>员工担任此岗位时默认带出的职级</translation>
    </message>
</context>
<context>
    <name>PositionsDialog</name>
    <message>
        <source>Positions</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Add a position</source>
        <translation>添加岗位</translation>
    </message>
    <message>
        <source>For example Sales, R&amp;D</source>
        <translation>例如：销售、研发</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Job family</source>
        <translation>职族</translation>
    </message>
    <message>
        <source>Default grade</source>
        <translation>默认职级</translation>
    </message>
    <message>
        <source>Add position</source>
        <translation>添加岗位</translation>
    </message>
</context>
<context>
    <name>ProbationPicker</name>
    <message>
        <source>No probation</source>
        <translation>无试用期</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 个月</translation>
    </message>
    <message>
        <source>2 months</source>
        <translation>2 个月</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 个月</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 个月</translation>
    </message>
    <message>
        <source>Until a date</source>
        <translation>到指定日期</translation>
    </message>
    <message>
        <source>Last day of the probation</source>
        <translation>试用期最后一天</translation>
    </message>
</context>
<context>
    <name>PromotionDialog</name>
    <message>
        <source>Promotion or demotion</source>
        <translation>晋升或降级</translation>
    </message>
</context>
<context>
    <name>PromotionFields</name>
    <message>
        <source>Change</source>
        <translation>变动类型</translation>
    </message>
    <message>
        <source>New grade (before: {grade})</source>
        <translation>新职级（原为 {grade}）</translation>
    </message>
    <message>
        <source>New grade (now {grade})</source>
        <translation>新职级（目前为 {grade}）</translation>
    </message>
    <message>
        <source>New position</source>
        <translation>新岗位</translation>
    </message>
    <message>
        <source>New monthly salary</source>
        <translation>新月薪</translation>
    </message>
    <message>
        <source>Now: {amount}</source>
        <translation>目前：{amount}</translation>
    </message>
    <message>
        <source>Annual promotion</source>
        <translation>年度晋升</translation>
    </message>
    <message>
        <source>Outstanding performance</source>
        <translation>绩效突出</translation>
    </message>
    <message>
        <source>New responsibilities</source>
        <translation>承担新职责</translation>
    </message>
    <message>
        <source>Poor performance</source>
        <translation>绩效不佳</translation>
    </message>
    <message>
        <source>Reorganization</source>
        <translation>组织调整</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Edit: {0}</source>
        <translation>编辑：{0}</translation>
    </message>
    <message>
        <source>Add: {0}</source>
        <translation>添加：{0}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>带 * 的项目为必填项。</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>处分</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>专业</translation>
    </message>
    <message>
        <source>Study mode</source>
        <translation>学习形式</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Reason for leaving</source>
        <translation>离职原因</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>证明人</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation>金额（¥）</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Certificate obtained</source>
        <translation>已取得证书</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>发证机构</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Attach scan…</source>
        <translation>添加扫描件…</translation>
    </message>
    <message>
        <source>Add a scan to this record, such as the diploma or the certificate</source>
        <translation>为这条记录添加扫描件，例如毕业证书或资格证书</translation>
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
    <name>RehireDialog</name>
    <message>
        <source>Rehire</source>
        <translation>再入职</translation>
    </message>
</context>
<context>
    <name>RehireFields</name>
    <message>
        <source>Rehire date</source>
        <translation>再入职日期</translation>
    </message>
</context>
<context>
    <name>ReminderTableModel</name>
    <message>
        <source>overdue by {days} days</source>
        <translation>已逾期 {days} 天</translation>
    </message>
    <message>
        <source>overdue by 1 day</source>
        <translation>已逾期 1 天</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>in 1 day</source>
        <translation>1 天后</translation>
    </message>
    <message>
        <source>in {days} days</source>
        <translation>{days} 天后</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>需要处理的事项</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>The employee&apos;s number</source>
        <translation>员工的工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>The employee&apos;s name</source>
        <translation>员工的姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>The employee&apos;s department</source>
        <translation>员工所在部门</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>The day it is about: the contract&apos;s or probation&apos;s end, the certificate&apos;s expiry</source>
        <translation>相关日期：合同或试用期的结束日期，证书的到期日期</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Days until it is due, or how long it is overdue</source>
        <translation>距离到期还有几天，或已逾期多久</translation>
    </message>
    <message>
        <source>About</source>
        <translation>相关内容</translation>
    </message>
    <message>
        <source>The contract number or the certificate&apos;s name</source>
        <translation>合同编号或证书名称</translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Looking for what is due…</source>
        <translation>正在查找到期事项…</translation>
    </message>
    <message>
        <source>as of {date}; the counts are what is due within {days} days or overdue</source>
        <translation>截至 {date}；数字为 {days} 天内到期或已逾期的事项数</translation>
    </message>
    <message>
        <source>{count} due within {days} days, {overdue} of them overdue.</source>
        <translation>{days} 天内到期 {count} 项，其中 {overdue} 项已逾期。</translation>
    </message>
    <message>
        <source>{count} due within {days} days.</source>
        <translation>{days} 天内到期 {count} 项。</translation>
    </message>
    <message>
        <source>{total} in the next {horizon} days. Click to list only these.</source>
        <translation>未来 {horizon} 天内共 {total} 项。点击后只列出这些事项。</translation>
    </message>
    <message>
        <source>No reminders: nothing is due in the next 90 days.</source>
        <translation>没有提醒：未来 90 天内没有到期的事项。</translation>
    </message>
    <message>
        <source>Nothing of this kind is due in the next 90 days. Click the card again to see all reminders.</source>
        <translation>未来 90 天内没有此类到期事项。再次点击该卡片可查看全部提醒。</translation>
    </message>
</context>
<context>
    <name>RenameDepartmentDialog</name>
    <message>
        <source>Rename department</source>
        <translation>重命名部门</translation>
    </message>
    <message>
        <source>“{path}” gets a new name from the effective date.</source>
        <translation>“{path}”自生效日期起使用新名称。</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>新名称</translation>
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
    <name>ReturnDialog</name>
    <message>
        <source>Return from leave</source>
        <translation>休假返岗</translation>
    </message>
</context>
<context>
    <name>ReturnFields</name>
    <message>
        <source>Back at work on</source>
        <translation>返岗日期</translation>
    </message>
</context>
<context>
    <name>RosterExport</name>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Probation ends</source>
        <translation>试用期结束</translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation>合同开始日期</translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation>合同到期</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>在职状态</translation>
    </message>
    <message>
        <source>Leave date</source>
        <translation>离职日期</translation>
    </message>
</context>
<context>
    <name>SalaryChangeDialog</name>
    <message>
        <source>Salary change</source>
        <translation>调薪</translation>
    </message>
</context>
<context>
    <name>SalaryFields</name>
    <message>
        <source>Before</source>
        <translation>调整前</translation>
    </message>
    <message>
        <source>Current monthly salary</source>
        <translation>当前月薪</translation>
    </message>
    <message>
        <source>New monthly salary *</source>
        <translation>新月薪 *</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变动类型</translation>
    </message>
    <message>
        <source>Annual salary review</source>
        <translation>年度调薪</translation>
    </message>
    <message>
        <source>Performance-based raise</source>
        <translation>绩效调薪</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>晋升</translation>
    </message>
    <message>
        <source>Market adjustment</source>
        <translation>市场薪酬调整</translation>
    </message>
    <message>
        <source>Minimum wage change</source>
        <translation>最低工资标准调整</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>No earlier salary to compare with.</source>
        <translation>没有以前的薪资可供比较。</translation>
    </message>
    <message>
        <source>{amount} ({percent} %)</source>
        <translation>{amount}（{percent}%）</translation>
    </message>
</context>
<context>
    <name>SensitiveLineEdit</name>
    <message>
        <source>Show the full value. Viewing it is recorded in this file&apos;s history, with your name and the time.</source>
        <translation>显示完整信息。查看操作会连同您的姓名和时间记录在此档案的历史中。</translation>
    </message>
    <message>
        <source>Masked. Click the eye to see and edit the full value.</source>
        <translation>已隐藏。点击眼睛图标可查看和编辑完整信息。</translation>
    </message>
    <message>
        <source>Mask the value again</source>
        <translation>重新隐藏</translation>
    </message>
</context>
<context>
    <name>SeparationFields</name>
    <message>
        <source>Career development</source>
        <translation>个人发展</translation>
    </message>
    <message>
        <source>Family reasons</source>
        <translation>家庭原因</translation>
    </message>
    <message>
        <source>Pay and benefits</source>
        <translation>薪资待遇</translation>
    </message>
    <message>
        <source>Contract ended, not renewed</source>
        <translation>合同到期不续签</translation>
    </message>
    <message>
        <source>Health reasons</source>
        <translation>身体原因</translation>
    </message>
    <message>
        <source>Relocation</source>
        <translation>迁居外地</translation>
    </message>
    <message>
        <source>Further study</source>
        <translation>脱产进修</translation>
    </message>
    <message>
        <source>Retirement</source>
        <translation>退休</translation>
    </message>
    <message>
        <source>Serious misconduct</source>
        <translation>严重违纪</translation>
    </message>
    <message>
        <source>Unfit for the job</source>
        <translation>不能胜任工作</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>The employee chose to leave</source>
        <translation>员工主动提出离职</translation>
    </message>
    <message>
        <source>Kind of leaving</source>
        <translation>离职类型</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Leaving date</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>Correcting the leaving does not change the contract it ended: that contract keeps its end date.</source>
        <translation>更正离职记录不会改变因此终止的合同：该合同保留原来的结束日期。</translation>
    </message>
    <message>
        <source>On saving, the employee is recorded as having left on {date}. No contract is in force on that day, so none is ended.</source>
        <translation>保存后，该员工将记录为于 {date} 离职。当天没有生效中的合同，因此不会终止任何合同。</translation>
    </message>
    <message>
        <source>On saving, the employee is recorded as having left on {date}, and the contract in force (since {start}) ends on the same day.</source>
        <translation>保存后，该员工将记录为于 {date} 离职，当时生效的合同（自 {start} 起）也在同一天终止。</translation>
    </message>
    <message>
        <source>Until then the file shows the employee as employed.</source>
        <translation>在此之前，档案中该员工仍显示为在职。</translation>
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
        <source>No custom fields yet. Use “Add field…” to define one.</source>
        <translation>还没有自定义字段。点击“添加字段…”来定义一个。</translation>
    </message>
    <message>
        <source>The field was added. Files opened from now on show it in their basic data.</source>
        <translation>字段已添加。此后打开的档案会在基本信息中显示它。</translation>
    </message>
    <message>
        <source>Retire field</source>
        <translation>停用字段</translation>
    </message>
    <message>
        <source>Retire the field “{label}”? It disappears from the employee file forms. Values already entered are not deleted: they stay in the files&apos; history.</source>
        <translation>停用字段“{label}”？它将不再出现在员工档案表单中。已填写的内容不会删除，会保留在档案的修改记录里。</translation>
    </message>
    <message>
        <source>The field “{label}” was retired.</source>
        <translation>字段“{label}”已停用。</translation>
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
    <message>
        <source>Custom fields of the employee file</source>
        <translation>员工档案自定义字段</translation>
    </message>
    <message>
        <source>Fields your company records that the employee file does not have, such as a locker number. They appear in the basic data of every file.</source>
        <translation>公司需要记录、但员工档案中没有的字段，例如储物柜编号。它们会出现在每份档案的基本信息中。</translation>
    </message>
    <message>
        <source>&amp;Add field…</source>
        <translation>添加字段(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>停用(&amp;T)</translation>
    </message>
    <message>
        <source>The field disappears from the employee file; values already entered stay in the files&apos; history.</source>
        <translation>该字段将不再出现在员工档案中；已填写的内容保留在档案的修改记录里。</translation>
    </message>
</context>
<context>
    <name>SupervisorDialog</name>
    <message>
        <source>Change supervisor</source>
        <translation>更改直接上级</translation>
    </message>
    <message>
        <source>The &amp;head of the department (default)</source>
        <translation>部门负责人（默认）(&amp;H)</translation>
    </message>
    <message>
        <source>Follows the department: when the head changes or the employee is transferred, the supervisor changes too.</source>
        <translation>随部门变化：部门负责人更换或员工调岗时，直接上级也随之变化。</translation>
    </message>
    <message>
        <source>Someone &amp;else</source>
        <translation>其他人(&amp;E)</translation>
    </message>
    <message>
        <source>{name} has no supervisor now.</source>
        <translation>{name} 目前没有直接上级。</translation>
    </message>
    <message>
        <source>{name} reports to {supervisor}, the department head.</source>
        <translation>{name} 的直接上级是部门负责人 {supervisor}。</translation>
    </message>
    <message>
        <source>{name} reports to {supervisor}.</source>
        <translation>{name} 的直接上级是 {supervisor}。</translation>
    </message>
    <message>
        <source>Choose an employee from the list.</source>
        <translation>请从列表中选择一名员工。</translation>
    </message>
</context>
<context>
    <name>TermPicker</name>
    <message>
        <source>1 year</source>
        <translation>1 年</translation>
    </message>
    <message>
        <source>2 years</source>
        <translation>2 年</translation>
    </message>
    <message>
        <source>3 years</source>
        <translation>3 年</translation>
    </message>
    <message>
        <source>5 years</source>
        <translation>5 年</translation>
    </message>
    <message>
        <source>Until a date</source>
        <translation>到指定日期</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>无固定期限</translation>
    </message>
    <message>
        <source>Last day of the contract</source>
        <translation>合同最后一天</translation>
    </message>
</context>
<context>
    <name>TerminateContractDialog</name>
    <message>
        <source>Terminate the contract</source>
        <translation>终止合同</translation>
    </message>
    <message>
        <source>Mutual agreement</source>
        <translation>协商一致</translation>
    </message>
    <message>
        <source>Replaced by a new contract</source>
        <translation>由新合同取代</translation>
    </message>
    <message>
        <source>Employee resigned</source>
        <translation>员工辞职</translation>
    </message>
    <message>
        <source>Dismissal</source>
        <translation>辞退</translation>
    </message>
    <message>
        <source>Ends on *</source>
        <translation>终止日期 *</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>{type}, {start} – {end}</source>
        <translation>{type}，{start} – {end}</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>无终止日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The contract ends on this date. The employment is not changed: if the employee leaves, record the leaving instead.</source>
        <translation>合同在此日期终止，员工的在职状态不变：如果员工离职，请改为登记离职。</translation>
    </message>
    <message>
        <source>There is no contract to terminate.</source>
        <translation>没有可以终止的合同。</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer</source>
        <translation>调岗</translation>
    </message>
</context>
<context>
    <name>TransferFields</name>
    <message>
        <source>Keep: {name}</source>
        <translation>保持不变：{name}</translation>
    </message>
    <message>
        <source>Business needs</source>
        <translation>工作需要</translation>
    </message>
    <message>
        <source>Employee&apos;s request</source>
        <translation>员工本人申请</translation>
    </message>
    <message>
        <source>Reorganization</source>
        <translation>组织调整</translation>
    </message>
    <message>
        <source>Job rotation</source>
        <translation>岗位轮换</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>新建部门</translation>
    </message>
    <message>
        <source>New position</source>
        <translation>新岗位</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
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
