<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Adjust the result of {name}</source>
        <translation>调整 {name} 的考核结果</translation>
    </message>
    <message>
        <source>Computed from the form: {score}, grade {grade}.</source>
        <translation>按考核表计算：得分 {score}，等级 {grade}。</translation>
    </message>
    <message>
        <source>Now adjusted to {score}, grade {grade}.</source>
        <translation>现调整为 {score}，等级 {grade}。</translation>
    </message>
    <message>
        <source>{name} ({number}), {department}.</source>
        <translation>{name}（{number}），{department}。</translation>
    </message>
    <message>
        <source>New score</source>
        <translation>新得分</translation>
    </message>
    <message>
        <source>New grade</source>
        <translation>新等级</translation>
    </message>
    <message>
        <source>The score stays as it is.</source>
        <translation>得分保持不变。</translation>
    </message>
    <message>
        <source>Back to the computed result</source>
        <translation>恢复为计算结果</translation>
    </message>
    <message>
        <source>Required: why, for example the calibration meeting&apos;s decision</source>
        <translation>必填：调整原因，例如校准会议的决定</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>原因 *</translation>
    </message>
    <message>
        <source>gives grade {grade}</source>
        <translation>对应等级 {grade}</translation>
    </message>
</context>
<context>
    <name>AppraisalForm</name>
    <message>
        <source>{0} %</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <source>A rating on the scale:</source>
        <translation>按评分等级表评定：</translation>
    </message>
    <message>
        <source>{value} {label}: {score} points</source>
        <translation>{value} {label}：{score} 分</translation>
    </message>
    <message>
        <source>The share of milestones met × 100, each milestone the same:</source>
        <translation>按已达成里程碑所占比例 × 100 计分，每个里程碑分量相同：</translation>
    </message>
    <message>
        <source>Score = target ÷ actual × 100, at least {floor} and at most {cap}.</source>
        <translation>得分 = 目标值 ÷ 实际值 × 100，最低 {floor} 分，最高 {cap} 分。</translation>
    </message>
    <message>
        <source>Score = actual ÷ target × 100, at least {floor} and at most {cap}.</source>
        <translation>得分 = 实际值 ÷ 目标值 × 100，最低 {floor} 分，最高 {cap} 分。</translation>
    </message>
    <message>
        <source>The first band the share of the target reaches:</source>
        <translation>按目标完成率从高到低，取首个达到的分段：</translation>
    </message>
    <message>
        <source>at least {share} %: {score} points</source>
        <translation>达到 {share}% 及以上：{score} 分</translation>
    </message>
    <message>
        <source>below them all: {score} points</source>
        <translation>低于以上各段：{score} 分</translation>
    </message>
    <message>
        <source>{start} points minus {each} for each incident, never below {floor}.</source>
        <translation>起始 {start} 分，每发生一次扣 {each} 分，最低 {floor} 分。</translation>
    </message>
    <message>
        <source>Pass: {passed} points; fail: {failed} points.</source>
        <translation>达标：{passed} 分；不达标：{failed} 分。</translation>
    </message>
    <message>
        <source>{met} of {total}</source>
        <translation>{met}/{total}</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不达标</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>The dimension the indicators belong to, with its weight</source>
        <translation>指标所属的维度及其权重</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>What is appraised</source>
        <translation>考核内容</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Share of the whole appraisal</source>
        <translation>占整个考核的比重</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>考核标准</translation>
    </message>
    <message>
        <source>The evaluation standard; point at a cell to read all of it</source>
        <translation>评价标准；鼠标指向单元格可查看全文</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>计分方式</translation>
    </message>
    <message>
        <source>How the entry becomes a score; point at a cell for the details</source>
        <translation>录入值如何换算为得分；将鼠标指向单元格可查看详情</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>The target and its unit, or the rating scale</source>
        <translation>目标值及其单位，或评分等级表</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>What the employee entered in the self-assessment</source>
        <translation>员工在自评中填写的内容</translation>
    </message>
    <message>
        <source>Self score</source>
        <translation>自评得分</translation>
    </message>
    <message>
        <source>Indicator score out of 100; on subtotal rows the points the dimension contributes</source>
        <translation>指标得分（满分 100）；小计行显示该维度计入的分数</translation>
    </message>
    <message>
        <source>Self comment</source>
        <translation>自评意见</translation>
    </message>
    <message>
        <source>The employee&apos;s remark on the indicator</source>
        <translation>员工对该指标的说明</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>What the reviewing manager entered</source>
        <translation>上级评分时填写的内容</translation>
    </message>
    <message>
        <source>Manager score</source>
        <translation>上级得分</translation>
    </message>
    <message>
        <source>Manager comment</source>
        <translation>上级评语</translation>
    </message>
    <message>
        <source>The manager&apos;s remark on the indicator</source>
        <translation>上级对该指标的评语</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>人事</translation>
    </message>
    <message>
        <source>What HR entered</source>
        <translation>人事录入的内容</translation>
    </message>
    <message>
        <source>HR score</source>
        <translation>人事得分</translation>
    </message>
    <message>
        <source>HR comment</source>
        <translation>人事意见</translation>
    </message>
    <message>
        <source>HR&apos;s remark on the indicator</source>
        <translation>人事对该指标的备注</translation>
    </message>
    <message>
        <source>{name}: {weight} of the appraisal</source>
        <translation>{name}：占整体考核的 {weight}</translation>
    </message>
    <message>
        <source>{score} of 100, counting {points} points (weight {weight})</source>
        <translation>{score} 分（满分 100），计入 {points} 分（权重 {weight}）</translation>
    </message>
    <message>
        <source>{how}, {when}, by {who}</source>
        <translation>{how}，由 {who} 于 {when} 录入</translation>
    </message>
    <message>
        <source>Provided by {name}</source>
        <translation>来源：{name}</translation>
    </message>
    <message>
        <source>Changed, not saved yet</source>
        <translation>已修改，尚未保存</translation>
    </message>
    <message>
        <source>Subtotal: {name}</source>
        <translation>小计：{name}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Not every indicator has an entry yet: this sheet does not count until it is complete.</source>
        <translation>尚有指标未填写：这部分评分须全部填写完整后才计入。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Bonus, deduction or veto</source>
        <translation>加分项、扣分项或否决项</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>The item on the template</source>
        <translation>考核模板中的项目</translation>
    </message>
    <message>
        <source>When the item applies</source>
        <translation>适用情形</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Most points for the item; for a veto, the highest final score it allows</source>
        <translation>该项目最多可加（扣）的分数；对于否决项，为触发后允许的最高最终得分</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Points given for the period; tick a veto that applies</source>
        <translation>本考核期给出的分数；适用的否决项请勾选</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Why the item applies; kept with a change of its points</source>
        <translation>该项目适用的原因；修改其分数时一并记录</translation>
    </message>
    <message>
        <source>score at most {0}</source>
        <translation>得分最高 {0}</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>适用</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>When it happened (this computer&apos;s time)</source>
        <translation>发生时间（本机时间）</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>What happened to the form</source>
        <translation>考核表发生的操作</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>The form&apos;s step then, and where it went</source>
        <translation>考核表当时所处的环节，以及转到的环节</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>What changed: the old value and the new one</source>
        <translation>变更内容：原值和新值</translation>
    </message>
    <message>
        <source>Reason or comment</source>
        <translation>原因或意见</translation>
    </message>
    <message>
        <source>The reason given, or the comment sent with the form</source>
        <translation>填写的原因，或随考核表提交的意见</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Who recorded it</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The scan of the signed paper sheet</source>
        <translation>签字考核表的扫描件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Size of the file</source>
        <translation>文件大小</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>When it was attached (this computer&apos;s time)</source>
        <translation>添加时间（本机时间）</translation>
    </message>
    <message>
        <source>{score} points</source>
        <translation>{score} 分</translation>
    </message>
</context>
<context>
    <name>AppraisalFormView</name>
    <message>
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Bonuses, deductions, vetoes</source>
        <translation>加分项、扣分项、否决项</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <source>Signed sheets</source>
        <translation>签字考核表</translation>
    </message>
    <message>
        <source>Print appraisal sheet</source>
        <translation>打印考核表</translation>
    </message>
    <message>
        <source>The sheet shows what is saved. Save your changes first, or print the form as it was last saved?</source>
        <translation>考核表显示的是已保存的内容。要先保存您的更改，还是按上次保存的内容打印？</translation>
    </message>
    <message>
        <source>Close appraisal form</source>
        <translation>关闭考核表</translation>
    </message>
    <message>
        <source>This appraisal form has changes that are not saved. Save them first?</source>
        <translation>此考核表有尚未保存的修改，要先保存吗？</translation>
    </message>
    <message>
        <source>Reopen the form</source>
        <translation>重新开启考核表</translation>
    </message>
    <message>
        <source>The form goes back to HR review, where its entries can change again. The reason is kept in the form&apos;s log.</source>
        <translation>考核表将退回到人事复核环节，其中的内容可以再次修改。原因会保存在考核表的操作记录中。</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新开启</translation>
    </message>
    <message>
        <source>Change a finalized form</source>
        <translation>修改已定稿的考核表</translation>
    </message>
    <message>
        <source>This form is finalized. Say why it changes: every change is kept in the form&apos;s log with the old and the new value and this reason.</source>
        <translation>此考核表已定稿。请说明修改原因：每项修改都会连同原值、新值和此原因一起记入考核表的操作记录。</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Attach the signed sheet</source>
        <translation>添加签字考核表</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp *.ofd);;All files (*)</source>
        <translation>扫描件和文档 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp *.ofd);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The file could not be read. Check that it is still there and try again.</source>
        <translation>无法读取该文件。请确认文件仍在原处，然后重试。</translation>
    </message>
    <message>
        <source>Send on</source>
        <translation>提交至下一步</translation>
    </message>
    <message>
        <source>Send back…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <source>Back to an earlier step, with a comment saying what to redo</source>
        <translation>退回到之前的环节，并注明需要重做的内容</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重新开启…</translation>
    </message>
    <message>
        <source>Back to HR review, with a reason</source>
        <translation>退回人事复核，并说明原因</translation>
    </message>
    <message>
        <source>Correct entries…</source>
        <translation>更正内容…</translation>
    </message>
    <message>
        <source>Correct entries of this finalized form; the reason is asked first</source>
        <translation>更正这份已定稿考核表中的内容；需先填写原因</translation>
    </message>
    <message>
        <source>Attach signed sheet…</source>
        <translation>添加签字考核表…</translation>
    </message>
    <message>
        <source>Keep the scan of the signed paper sheet with the form</source>
        <translation>将签字考核表的扫描件与考核表一并保存</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Preview and print this appraisal sheet, with signature lines (Ctrl+P)</source>
        <translation>预览并打印此考核表，带签字栏（Ctrl+P）</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>更换…</translation>
    </message>
    <message>
        <source>Choose who reviews this form as manager</source>
        <translation>选择这份考核表的上级评分人</translation>
    </message>
    <message>
        <source>{template}, version {version}</source>
        <translation>{template}，版本 {version}</translation>
    </message>
    <message>
        <source>excluded from the cycle</source>
        <translation>不参加本考核周期</translation>
    </message>
    <message>
        <source>Reviewer: none</source>
        <translation>评审人：无</translation>
    </message>
    <message>
        <source>Reviewer: {0} (chosen by hand)</source>
        <translation>评审人：{0}（手动指定）</translation>
    </message>
    <message>
        <source>Reviewer: {0}</source>
        <translation>评审人：{0}</translation>
    </message>
    <message>
        <source>Overdue: {stage} was due on {date}</source>
        <translation>已逾期：{stage} 的截止日期为 {date}</translation>
    </message>
    <message>
        <source>{stage} due on {date}</source>
        <translation>{stage}截止日期：{date}</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>Lock the result; later changes need a reason and are recorded</source>
        <translation>锁定结果；之后的修改须填写原因，并会被记录</translation>
    </message>
    <message>
        <source>Send on to {stage}</source>
        <translation>提交至 {stage}</translation>
    </message>
    <message>
        <source>The next step of the appraisal</source>
        <translation>考核流程的下一环节</translation>
    </message>
    <message>
        <source>This form is finalized. To correct an entry, use “Correct entries…”: the reason is asked first, and every change is recorded.</source>
        <translation>这份考核表已定稿。如需更正，请使用“更正内容…”：需先填写原因，每一处修改都会被记录。</translation>
    </message>
    <message>
        <source>Changing a finalized form. Reason: {reason}</source>
        <translation>正在修改已定稿的考核表。原因：{reason}</translation>
    </message>
    <message>
        <source>A draft: scores are entered from the self-assessment on. Send the form on when the sheets go out.</source>
        <translation>草稿：从自评环节开始录入得分。发放考核表时，请将考核表提交至下一步。</translation>
    </message>
    <message>
        <source>Entries of {scorers} can be made now.</source>
        <translation>当前可录入{scorers}的评分。</translation>
    </message>
    <message>
        <source>Right-click to show or hide columns</source>
        <translation>右键单击可显示或隐藏列</translation>
    </message>
    <message>
        <source>{where}: {why}</source>
        <translation>{where}：{why}</translation>
    </message>
    <message>
        <source>The form&apos;s template has no bonuses, deductions or vetoes.</source>
        <translation>此考核表的考核模板没有加分项、扣分项或否决项。</translation>
    </message>
    <message>
        <source>Bonuses count at most {0} points in total.</source>
        <translation>加分项合计最多计 {0} 分。</translation>
    </message>
    <message>
        <source>Deductions count at most {0} points in total.</source>
        <translation>扣分项合计最多扣 {0} 分。</translation>
    </message>
    <message>
        <source>A veto that applies caps the final score.</source>
        <translation>触发的否决项会限制最终得分的上限。</translation>
    </message>
    <message>
        <source>Nothing recorded for this form yet.</source>
        <translation>此考核表还没有任何记录。</translation>
    </message>
    <message>
        <source>No signed sheet yet. Attach the scan of the paper sheet once it is signed; it is also kept in the employee&apos;s file.</source>
        <translation>尚无签字考核表。纸质考核表签字后，请添加其扫描件；扫描件也会保存在员工档案中。</translation>
    </message>
    <message>
        <source>How the entries saved now reached you; kept with each entry</source>
        <translation>本次保存内容的来源，将随每项内容一并记录</translation>
    </message>
    <message>
        <source>Entries came as:</source>
        <translation>数据来源：</translation>
    </message>
    <message>
        <source>Save the entries (Ctrl+S)</source>
        <translation>保存填写的内容 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo the changes not saved yet (Esc)</source>
        <translation>放弃尚未保存的修改 (Esc)</translation>
    </message>
    <message>
        <source>Signed sheets ({0})</source>
        <translation>签字考核表（{0}）</translation>
    </message>
    <message>
        <source>Not saved yet. Saved score: {score} ({grade})</source>
        <translation>尚未保存。已保存的得分：{score}（{grade}）</translation>
    </message>
    <message>
        <source>Not saved yet. No score saved so far.</source>
        <translation>尚未保存。目前还没有保存任何得分。</translation>
    </message>
    <message>
        <source>Calibrated to {score} ({grade}): this is the result that counts.</source>
        <translation>已校准为 {score}（{grade}）：以此结果为准。</translation>
    </message>
</context>
<context>
    <name>AppraisalHistory</name>
    <message>
        <source>Cycle</source>
        <translation>考核周期</translation>
    </message>
    <message>
        <source>The appraisal cycle</source>
        <translation>考核周期</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>考核期</translation>
    </message>
    <message>
        <source>The period the cycle appraised</source>
        <translation>该考核周期所考核的期间</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>考核模板</translation>
    </message>
    <message>
        <source>The appraisal template and its version</source>
        <translation>考核模板及其版本</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>The final score (the calibrated one when calibration changed it)</source>
        <translation>最终得分（校准中调整过的，取校准后得分）</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>The grade that counts</source>
        <translation>最终生效的等级</translation>
    </message>
    <message>
        <source>Rank in department</source>
        <translation>部门内排名</translation>
    </message>
    <message>
        <source>Place among the department&apos;s scored forms that cycle (1 = best)</source>
        <translation>该周期在本部门已评分考核表中的名次（1 为最好）</translation>
    </message>
    <message>
        <source>Calibrated</source>
        <translation>校准后</translation>
    </message>
    <message>
        <source>Whether calibration changed the computed result</source>
        <translation>校准是否改变了计算结果</translation>
    </message>
    <message>
        <source>{template} v{version}</source>
        <translation>{template} 第 {version} 版</translation>
    </message>
    <message>
        <source>Place {rank} of {count} in {department} that cycle</source>
        <translation>该周期在{department}的 {count} 人中排第 {rank} 名</translation>
    </message>
    <message>
        <source>Computed {score} ({grade}); changed in calibration</source>
        <translation>计算得分 {score}（{grade}）；已在校准中调整</translation>
    </message>
    <message>
        <source>Double-click to open the appraisal form</source>
        <translation>双击打开考核表</translation>
    </message>
    <message>
        <source>the latest score is below the cycle&apos;s threshold</source>
        <translation>最近一次得分低于该考核周期设定的分数线</translation>
    </message>
    <message>
        <source>the two latest results of the same kind were in the two lowest grades</source>
        <translation>最近两次同类考核结果均处于最低的两个等级</translation>
    </message>
</context>
<context>
    <name>AppraisalHistoryPanel</name>
    <message>
        <source>Results of finalized appraisal cycles</source>
        <translation>已定稿考核周期的结果</translation>
    </message>
    <message>
        <source>Double-click a cycle to open its appraisal form.</source>
        <translation>双击某个考核周期，即可打开对应的考核表。</translation>
    </message>
    <message>
        <source>No appraisal results yet</source>
        <translation>还没有绩效考核结果</translation>
    </message>
    <message>
        <source>Results appear here once an appraisal cycle the employee is in is finalized under Appraisals. Nothing needs to be done in this file.</source>
        <translation>员工参加的考核周期在“绩效考核”中定稿后，结果会显示在这里。无需在本档案中进行任何操作。</translation>
    </message>
    <message>
        <source>Latest: {score}</source>
        <translation>最近一次：{score}</translation>
    </message>
    <message>
        <source>Latest: {score} ({change} since the cycle before)</source>
        <translation>最近一次：{score}（较上一周期 {change}）</translation>
    </message>
    <message>
        <source>Low performer in {cycle} ({score}, {grade}): {reasons}.</source>
        <translation>在 {cycle} 中绩效偏低（{score}，{grade}）：{reasons}。</translation>
    </message>
</context>
<context>
    <name>AppraisalsArea</name>
    <message>
        <source>Appraisals</source>
        <translation>绩效考核</translation>
    </message>
    <message>
        <source>New cycle…</source>
        <translation>新建考核周期…</translation>
    </message>
    <message>
        <source>Set up an appraisal cycle: period, deadlines, grades, who is appraised (Ctrl+N)</source>
        <translation>新建考核周期：设置考核期、截止日期、等级和参评人员 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>考核模板</translation>
    </message>
    <message>
        <source>The appraisal templates: indicators, weights, scoring rules</source>
        <translation>考核模板：指标、权重和计分规则</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the cycles and forms again (F5)</source>
        <translation>重新读取考核周期和考核表 (F5)</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>考核周期</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>This tab has unsaved changes. Save them first?</source>
        <translation>此标签页有尚未保存的修改。要先保存吗？</translation>
    </message>
    <message>
        <source>Forms · {cycle}</source>
        <translation>考核表 · {cycle}</translation>
    </message>
    <message>
        <source>Appraisal form</source>
        <translation>考核表</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <source>Calibration · {cycle}</source>
        <translation>校准 · {cycle}</translation>
    </message>
</context>
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
        <source>Organization</source>
        <translation>组织架构</translation>
    </message>
    <message>
        <source>Appraisals</source>
        <translation>绩效考核</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
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
    <name>CalibrationPage</name>
    <message>
        <source>{value} %</source>
        <translation>{value}%</translation>
    </message>
    <message>
        <source>{grades} ≤ {share}</source>
        <translation>{grades} ≤ {share}</translation>
    </message>
    <message>
        <source>{grades} ≥ {share}</source>
        <translation>{grades} ≥ {share}</translation>
    </message>
    <message>
        <source>{rule}: {found} ({count} of {total}) {mark}</source>
        <translation>{rule}：{found}（{count}/{total}）{mark}</translation>
    </message>
    <message>
        <source>Calibration: {cycle}</source>
        <translation>校准：{cycle}</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Whole cycle</source>
        <translation>整个周期</translation>
    </message>
    <message>
        <source>A department includes its sub-departments</source>
        <translation>部门包含其下级部门</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>考核结果</translation>
    </message>
    <message>
        <source>Adjust…</source>
        <translation>调整…</translation>
    </message>
    <message>
        <source>Change the chosen result&apos;s score or grade, with a reason</source>
        <translation>调整所选结果的得分或等级，需填写原因</translation>
    </message>
    <message>
        <source>Grade distribution</source>
        <translation>等级分布</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>比例要求</translation>
    </message>
    <message>
        <source>Shown for the calibration discussion; nothing is refused because of a quota.</source>
        <translation>仅供校准讨论参考；不会因比例要求而拒绝任何结果。</translation>
    </message>
    <message>
        <source>Reviewers&apos; leniency</source>
        <translation>评审人评分宽严度</translation>
    </message>
    <message>
        <source>{count} results with a score.</source>
        <translation>有得分的结果共 {count} 份。</translation>
    </message>
    <message>
        <source>{count} forms have no score yet and are not counted.</source>
        <translation>有 {count} 份考核表尚无得分，未计入统计。</translation>
    </message>
    <message>
        <source>{count} results adjusted in calibration.</source>
        <translation>校准中调整了 {count} 个结果。</translation>
    </message>
    <message>
        <source>{grade}: {count} ({share})</source>
        <translation>{grade}：{count}（{share}）</translation>
    </message>
    <message>
        <source>This cycle sets no quotas.</source>
        <translation>本考核周期未设置比例要求。</translation>
    </message>
    <message>
        <source>Departments outside a quota ({count})</source>
        <translation>不符合比例要求的部门（{count}）</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>无部门</translation>
    </message>
    <message>
        <source>{department} — {quota}</source>
        <translation>{department} — {quota}</translation>
    </message>
    <message>
        <source>{quota}
Outside the quota: discuss it in the calibration.</source>
        <translation>{quota}
超出比例要求：请在校准时讨论。</translation>
    </message>
    <message>
        <source>Cycle average: {average}</source>
        <translation>考核周期平均分：{average}</translation>
    </message>
    <message>
        <source>No scores yet.</source>
        <translation>尚无得分。</translation>
    </message>
</context>
<context>
    <name>CalibrationResultModel</name>
    <message>
        <source>No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>The appraised employee; a pencil marks a result adjusted in calibration</source>
        <translation>被考核员工；带铅笔图标的表示该结果在校准中调整过</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>The department of the form</source>
        <translation>考核表所属部门</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>评审人</translation>
    </message>
    <message>
        <source>The manager who scores the form</source>
        <translation>为考核表评分的上级</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>The score computed from the form</source>
        <translation>按考核表计算出的得分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>The grade of the computed score</source>
        <translation>计算得分对应的等级</translation>
    </message>
    <message>
        <source>Calibrated score</source>
        <translation>校准后得分</translation>
    </message>
    <message>
        <source>The score after calibration; double-click to adjust it (a reason is asked)</source>
        <translation>校准后的得分；双击可调整（需填写原因）</translation>
    </message>
    <message>
        <source>Calibrated grade</source>
        <translation>校准后等级</translation>
    </message>
    <message>
        <source>The grade after calibration; double-click to adjust it (a reason is asked)</source>
        <translation>校准后的等级；双击可调整（需填写原因）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Why the result was adjusted</source>
        <translation>调整考核结果的原因</translation>
    </message>
    <message>
        <source>Adjusted in calibration: {reason}</source>
        <translation>校准调整：{reason}</translation>
    </message>
    <message>
        <source>no score yet</source>
        <translation>尚无得分</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
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
        <source>The employee&apos;s department now</source>
        <translation>员工目前所在部门</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>The employee&apos;s position now</source>
        <translation>员工当前的岗位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>在职状态</translation>
    </message>
    <message>
        <source>Employment status now</source>
        <translation>目前的在职状态</translation>
    </message>
    <message>
        <source>Appraised</source>
        <translation>参评</translation>
    </message>
    <message>
        <source>Whether the cycle appraises this person</source>
        <translation>本考核周期是否考核此人</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The rule, or your change by hand, that decides it</source>
        <translation>决定结果的规则，或您的手动调整</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>考核模板</translation>
    </message>
    <message>
        <source>The template the person&apos;s form uses: the most specific that fits, or the one you chose</source>
        <translation>此人考核表使用的考核模板：最匹配的模板，或您选定的模板</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>考核表</translation>
    </message>
    <message>
        <source>Whether the person already has a form in this cycle</source>
        <translation>此人在本周期是否已有考核表</translation>
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
        <source>Has a form</source>
        <translation>已有考核表</translation>
    </message>
    <message>
        <source>None fits</source>
        <translation>无适用模板</translation>
    </message>
    <message>
        <source>Several: {names}</source>
        <translation>多个：{names}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{name} (chosen)</source>
        <translation>{name}（已选）</translation>
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
        <source>There is no department “{path}” (write it as the list shows it, e.g. 销售部/华东区).</source>
        <translation>没有部门“{path}”（请按列表中的写法填写，例如 销售部/华东区）。</translation>
    </message>
    <message>
        <source>The roster is written as .xlsx or .csv: {path}</source>
        <translation>花名册只能保存为 .xlsx 或 .csv 文件：{path}</translation>
    </message>
    <message>
        <source>The file will hold ID numbers, bank accounts, phones and salaries in full, and the export is recorded. Continue?</source>
        <translation>文件将完整包含证件号码、银行账号、电话和工资，本次导出会记入审计记录。是否继续？</translation>
    </message>
    <message>
        <source>Unknown columns: {unknown}. Columns that can be exported: {known}</source>
        <translation>未知的列：{unknown}。可导出的列：{known}</translation>
    </message>
    <message>
        <source>{rows} employees written to {path}.</source>
        <translation>已将 {rows} 名员工写入 {path}。</translation>
    </message>
    <message>
        <source>Write the month as YYYY-MM, e.g. 2025-01: {text}</source>
        <translation>月份请写成 YYYY-MM 格式，例如 2025-01：{text}</translation>
    </message>
    <message>
        <source>The report is written as .xlsx: {path}</source>
        <translation>报表须保存为 .xlsx 文件：{path}</translation>
    </message>
    <message>
        <source>The period must run forwards and span at most {months} months.</source>
        <translation>期间的结束月份不能早于开始月份，且最长 {months} 个月。</translation>
    </message>
    <message>
        <source>Workforce report for {first} – {last} written to {path}.</source>
        <translation>{first} – {last} 的人员报表已保存到 {path}。</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>There is no appraisal cycle named “{name}” (cycles: {known}).</source>
        <translation>没有名为“{name}”的考核周期（现有考核周期：{known}）。</translation>
    </message>
    <message>
        <source>Templates:</source>
        <translation>考核模板：</translation>
    </message>
    <message>
        <source>{code}	{name}	version {version}	{forms} forms{retired}</source>
        <translation>{code}	{name}	第 {version} 版	{forms} 份考核表{retired}</translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <source>Cycles:</source>
        <translation>考核周期：</translation>
    </message>
    <message>
        <source>{name}	{start} – {end}	{state}	{locked} of {forms} forms finalized</source>
        <translation>{name}	{start} – {end}	{state}	{forms} 份考核表中已定稿 {locked} 份</translation>
    </message>
    <message>
        <source>{file} was not imported ({count} problems):</source>
        <translation>{file} 未导入（{count} 个问题）：</translation>
    </message>
    <message>
        <source>New template, version {number}.</source>
        <translation>新考核模板，版本 {number}。</translation>
    </message>
    <message>
        <source>Saved as version {number} of the template with this code.</source>
        <translation>已保存为该编码考核模板的第 {number} 版。</translation>
    </message>
    <message>
        <source>The template already holds exactly this (version {number}); nothing changed.</source>
        <translation>该考核模板的内容与此完全相同（版本 {number}），未做任何更改。</translation>
    </message>
    <message>
        <source>The results are written as .xlsx: {path}</source>
        <translation>考核结果已写入 .xlsx 文件：{path}</translation>
    </message>
    <message>
        <source>The document is written as .pdf: {path}</source>
        <translation>文档须保存为 .pdf 文件：{path}</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>文件夹 {path} 不存在。</translation>
    </message>
    <message>
        <source>{people} appraisal sheets written to {path}.</source>
        <translation>{people} 份考核表已保存到 {path}。</translation>
    </message>
    <message>
        <source>--unmasked writes ID numbers, bank accounts, phones and salaries in full: add --yes to confirm.</source>
        <translation>--unmasked 会完整写出证件号码、银行账号、电话和工资：请加上 --yes 确认。</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>已取消，未保存任何内容。</translation>
    </message>
    <message>
        <source>The dossier will show ID number, bank account, phones and salary in full, and the print is recorded. Continue?</source>
        <translation>人事档案将完整显示证件号码、银行账号、电话和工资，且此次打印会被记录。是否继续？</translation>
    </message>
    <message>
        <source>There is no employee with the number {number}.</source>
        <translation>没有工号为 {number} 的员工。</translation>
    </message>
    <message>
        <source>Dossier written to {path}.</source>
        <translation>人事档案已保存到 {path}。</translation>
    </message>
    <message>
        <source>There is no department “{path}”. Write it as its path from the top, for example 销售部/华东区.</source>
        <translation>没有部门“{path}”。请写出从最上级开始的完整路径，例如 销售部/华东区。</translation>
    </message>
    <message>
        <source>The workbooks go into a folder, and {path} is a file. Name a folder.</source>
        <translation>填报表需要保存到文件夹中，而 {path} 是一个文件。请指定一个文件夹。</translation>
    </message>
    <message>
        <source>{forms} forms written into {files} workbooks, one per manager, in {folder}.</source>
        <translation>已将 {forms} 份考核表写入 {files} 个填报表（每位上级一个），保存在 {folder}。</translation>
    </message>
    <message>
        <source>{forms} self-assessments written into {files} workbooks in {folder}.</source>
        <translation>已将 {forms} 份自评写入 {files} 个填报表，保存在 {folder}。</translation>
    </message>
    <message>
        <source>{file}	{forms} forms</source>
        <translation>{file}	{forms} 份考核表</translation>
    </message>
    <message>
        <source>Left out, as nobody can fill them in now: {reasons}.</source>
        <translation>以下未导出，因为目前无人可以填写：{reasons}。</translation>
    </message>
    <message>
        <source>There is no file {path}. Nothing was taken.</source>
        <translation>文件 {path} 不存在。未导入任何内容。</translation>
    </message>
    <message>
        <source>{file}: not taken. {reason}</source>
        <translation>{file}：未导入。{reason}</translation>
    </message>
    <message>
        <source>{file} (from {person}):</source>
        <translation>{file}（来自 {person}）：</translation>
    </message>
    <message>
        <source>{employee_no} {name}: {status}. {text}</source>
        <translation>{employee_no} {name}：{status}。{text}</translation>
    </message>
    <message>
        <source>{landed} forms taken in ({inputs} scores changed), {unchanged} already in the vault, {empty} not filled in, {refused} refused; {files_refused} of {files} workbooks refused.</source>
        <translation>已导入 {landed} 份考核表（{inputs} 项得分有变动），{unchanged} 份数据库中已有，{empty} 份未填写，{refused} 份被拒收；{files} 个填报表中有 {files_refused} 个被拒收。</translation>
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
    <name>CycleDashboardView</name>
    <message>
        <source>Check the population…</source>
        <translation>核对参评范围…</translation>
    </message>
    <message>
        <source>Everyone in or out of the cycle, why, and the template each person gets</source>
        <translation>本考核周期纳入和未纳入的所有人员、原因，以及每人使用的考核模板</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>按部门</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <source>Choose a cycle above to see how far its forms are.</source>
        <translation>在上方选择一个考核周期，即可查看其考核表的进度。</translation>
    </message>
    <message>
        <source>{scored} of {forms} forms scored</source>
        <translation>{forms} 份考核表中已评分 {scored} 份</translation>
    </message>
    <message>
        <source>grades so far: {grades}</source>
        <translation>目前等级：{grades}</translation>
    </message>
    <message>
        <source>{count} left out</source>
        <translation>已排除 {count} 份</translation>
    </message>
    <message>
        <source>{count} forms at this step, {late} of them past the deadline of {date}.</source>
        <translation>此环节有 {count} 份考核表，其中 {late} 份已超过截止日期 {date}。</translation>
    </message>
    <message>
        <source>{count} forms at this step; its deadline is {date}.</source>
        <translation>此环节有 {count} 份考核表，截止日期为 {date}。</translation>
    </message>
    <message>
        <source>{count} forms at this step.</source>
        <translation>有 {count} 份考核表处于此环节。</translation>
    </message>
    <message>
        <source>Click to list them.</source>
        <translation>点击查看列表。</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Forms past the deadline of the step they are at. Click to list them.</source>
        <translation>已超过所在环节截止日期的考核表。点击可列出这些考核表。</translation>
    </message>
    <message>
        <source>{none} people match no template and {several} match several, so they have no form yet.</source>
        <translation>{none} 人没有匹配的考核模板，{several} 人匹配到多个考核模板，因此他们还没有考核表。</translation>
    </message>
    <message>
        <source>{none} people match no template, so they have no form yet.</source>
        <translation>{none} 人没有匹配的考核模板，因此还没有考核表。</translation>
    </message>
    <message>
        <source>{several} people match several templates equally, so they have no form yet.</source>
        <translation>有 {several} 人同时符合多个考核模板，因此尚未生成考核表。</translation>
    </message>
    <message>
        <source>This cycle has no forms yet. Check who it appraises and generate their forms.</source>
        <translation>本周期还没有考核表。请核对参评人员，并为其生成考核表。</translation>
    </message>
    <message>
        <source>No forms in this cycle yet.</source>
        <translation>本考核周期还没有考核表。</translation>
    </message>
    <message>
        <source>By department ({count})</source>
        <translation>按部门（{count}）</translation>
    </message>
    <message>
        <source>Nothing is overdue: every form is within its deadline.</source>
        <translation>没有逾期事项：所有考核表均在截止日期内。</translation>
    </message>
    <message>
        <source>Overdue ({count})</source>
        <translation>已逾期（{count}）</translation>
    </message>
    <message>
        <source>Low performers are known once the cycle is finalized: its results count from then on.</source>
        <translation>考核周期定稿后才能确定绩效偏低人员：其结果从定稿时起才计入。</translation>
    </message>
    <message>
        <source>Low performers</source>
        <translation>绩效偏低人员</translation>
    </message>
    <message>
        <source>Looking for low performers…</source>
        <translation>正在查找绩效偏低的员工…</translation>
    </message>
    <message>
        <source>No low performers in this cycle.</source>
        <translation>本周期没有绩效偏低的员工。</translation>
    </message>
    <message>
        <source>Low performers ({count})</source>
        <translation>绩效偏低人员（{count}）</translation>
    </message>
    <message>
        <source>Nothing recorded for this cycle yet.</source>
        <translation>本考核周期还没有任何记录。</translation>
    </message>
    <message>
        <source>Open form</source>
        <translation>打开考核表</translation>
    </message>
    <message>
        <source>Open employee file</source>
        <translation>打开员工档案</translation>
    </message>
</context>
<context>
    <name>CycleFormsPage</name>
    <message>
        <source>{name} (v{version})</source>
        <translation>{name}（第 {version} 版）</translation>
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
        <source>Template</source>
        <translation>考核模板</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>评审人</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>The department the form was made for</source>
        <translation>考核表对应的部门</translation>
    </message>
    <message>
        <source>The template and the version the form is frozen on</source>
        <translation>考核表固定使用的考核模板及版本</translation>
    </message>
    <message>
        <source>Where the form is in the workflow; red when past its deadline</source>
        <translation>考核表当前所处的环节；超过截止日期时显示为红色</translation>
    </message>
    <message>
        <source>Who reviews the form as manager</source>
        <translation>以上级身份评分的评审人</translation>
    </message>
    <message>
        <source>The result that counts (after calibration)</source>
        <translation>最终有效的考核结果（校准后）</translation>
    </message>
    <message>
        <source>The deadline of the step the form is at</source>
        <translation>考核表所在环节的截止日期</translation>
    </message>
    <message>
        <source>{date}, overdue</source>
        <translation>{date}，已逾期</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Open form</source>
        <translation>打开考核表</translation>
    </message>
    <message>
        <source>Open the chosen form (Enter or double-click)</source>
        <translation>打开所选考核表（Enter 或双击）</translation>
    </message>
    <message>
        <source>Send on</source>
        <translation>提交至下一步</translation>
    </message>
    <message>
        <source>Move the chosen forms to their next step (drafts to self-assessment, and so on)</source>
        <translation>将所选考核表提交至下一环节（如草稿提交至自评，依此类推）</translation>
    </message>
    <message>
        <source>Search number or name</source>
        <translation>搜索工号或姓名</translation>
    </message>
    <message>
        <source>Search forms</source>
        <translation>搜索考核表</translation>
    </message>
    <message>
        <source>Department (with its sub-departments)</source>
        <translation>部门（含下级部门）</translation>
    </message>
    <message>
        <source>Step of the workflow</source>
        <translation>流程环节</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>全部环节</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅看已逾期</translation>
    </message>
    <message>
        <source>Only forms past the deadline of their step</source>
        <translation>仅显示已超过所在环节截止日期的考核表</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>1 form</source>
        <translation>1 份考核表</translation>
    </message>
    <message>
        <source>{count} forms</source>
        <translation>{count} 份考核表</translation>
    </message>
    <message>
        <source>No form matches the search or filters.</source>
        <translation>没有符合搜索或筛选条件的考核表。</translation>
    </message>
    <message>
        <source>This cycle has no forms yet. Choose the cycle on the Cycles tab and use Population to generate them.</source>
        <translation>本周期还没有考核表。请在“考核周期”页选择该周期，再通过“参评范围”生成考核表。</translation>
    </message>
    <message>
        <source>Open employee file</source>
        <translation>打开员工档案</translation>
    </message>
    <message>
        <source>Sending on…</source>
        <translation>正在提交至下一步…</translation>
    </message>
    <message>
        <source>1 form was sent on to its next step.</source>
        <translation>1 份考核表已提交至下一环节。</translation>
    </message>
    <message>
        <source>{count} forms were sent on to their next step.</source>
        <translation>已将 {count} 份考核表提交至下一环节。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{names} and {more} more</source>
        <translation>{names}，另有 {more} 人</translation>
    </message>
    <message>
        <source>The form no longer exists.</source>
        <translation>该考核表已不存在。</translation>
    </message>
    <message>
        <source>{count} not sent on ({names}): {reason}</source>
        <translation>{count} 份未能提交（{names}）：{reason}</translation>
    </message>
</context>
<context>
    <name>CycleLogModel</name>
    <message>
        <source>Not finished when the cycle was finalized</source>
        <translation>考核周期定稿时尚未完成</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>When it was recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>Form of</source>
        <translation>考核对象</translation>
    </message>
    <message>
        <source>Whose form it is about (empty: the cycle itself)</source>
        <translation>该记录涉及谁的考核表（为空表示考核周期本身）</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>The kind of change</source>
        <translation>变更类型</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>The form&apos;s step before and after</source>
        <translation>考核表变动前后所处的环节</translation>
    </message>
    <message>
        <source>Reason or comment</source>
        <translation>原因或意见</translation>
    </message>
    <message>
        <source>The reason or comment given with the change</source>
        <translation>变更时填写的原因或意见</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Who recorded it</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>{source} → {target}</source>
        <translation>{source} → {target}</translation>
    </message>
</context>
<context>
    <name>CycleTableModel</name>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>考核周期</translation>
    </message>
    <message>
        <source>The appraisal cycle&apos;s name</source>
        <translation>考核周期的名称</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>考核期</translation>
    </message>
    <message>
        <source>Month, quarter, half-year, year or custom dates</source>
        <translation>月度、季度、半年度、年度或自定义日期</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>The period the appraisal is about</source>
        <translation>本次考核所针对的期间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Open: forms are being filled in. Finalized: results published. Archived: closed for good</source>
        <translation>进行中：考核表正在填写。已定稿：结果已发布。已归档：永久关闭</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>考核表</translation>
    </message>
    <message>
        <source>Forms in the cycle (forms left out are not counted)</source>
        <translation>本周期的考核表数（不含已排除的考核表）</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>Forms finalized or archived</source>
        <translation>已定稿或已归档的考核表</translation>
    </message>
</context>
<context>
    <name>CycleWizard</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>1 form was made.</source>
        <translation>已生成 1 份考核表。</translation>
    </message>
    <message>
        <source>{count} forms were made.</source>
        <translation>已生成 {count} 份考核表。</translation>
    </message>
    <message>
        <source>By template: {templates}.</source>
        <translation>按考核模板：{templates}。</translation>
    </message>
    <message>
        <source>{count} people already had a form; theirs were left as they were.</source>
        <translation>{count} 人已有考核表，其考核表保持不变。</translation>
    </message>
    <message>
        <source>No template fits {count} people, so they have no form: {names}.</source>
        <translation>有 {count} 人没有适用的考核模板，因此没有考核表：{names}。</translation>
    </message>
    <message>
        <source>Several templates fit {count} people equally, so they have no form: {names}.</source>
        <translation>有 {count} 人同时适用多个考核模板且无法区分，因此未生成考核表：{names}。</translation>
    </message>
    <message>
        <source>Choose their template in the population and generate again.</source>
        <translation>请在参评范围中为他们选择考核模板，然后重新生成。</translation>
    </message>
    <message>
        <source>Edit appraisal cycle</source>
        <translation>编辑考核周期</translation>
    </message>
    <message>
        <source>New appraisal cycle</source>
        <translation>新建考核周期</translation>
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
    <name>DepartmentProgressModel</name>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>The department the form belongs to (double-click for its forms)</source>
        <translation>考核表所属部门（双击查看该部门的考核表）</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>考核表</translation>
    </message>
    <message>
        <source>Forms of this department in the cycle</source>
        <translation>本部门在该考核周期中的考核表</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Not handed out yet</source>
        <translation>尚未发放</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>At self-assessment</source>
        <translation>自评中</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>At the manager&apos;s review</source>
        <translation>上级评分中</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>人事</translation>
    </message>
    <message>
        <source>At HR review</source>
        <translation>人事复核中</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>Finalized or archived</source>
        <translation>已定稿或已归档</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Past the deadline of the step they are at</source>
        <translation>已超过所在环节的截止日期</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>已评分</translation>
    </message>
    <message>
        <source>Forms with a score already</source>
        <translation>已有得分的考核表</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>（无部门）</translation>
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
    <name>DocumentPreview</name>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print through the system&apos;s print dialog (Ctrl+P)</source>
        <translation>通过系统打印对话框打印（Ctrl+P）</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Open in the system viewer</source>
        <translation>用系统查看器打开</translation>
    </message>
    <message>
        <source>Opens a temporary unencrypted copy in the computer&apos;s PDF program; it is deleted when the vault locks or the app closes.</source>
        <translation>在电脑的 PDF 程序中打开一份未加密的临时副本；数据库锁定或程序关闭时，该副本会被删除。</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>/ 共 {count} 页</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>The printer did not accept the document. Check that it is ready, then try again.</source>
        <translation>打印机未接受该文档。请检查打印机是否就绪，然后重试。</translation>
    </message>
    <message>
        <source>{count} pages sent to the printer.</source>
        <translation>已将 {count} 页发送到打印机。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>“{file}” could not be written: the folder may be read-only or the disk full. Choose another place.</source>
        <translation>无法写入“{file}”：文件夹可能是只读的，或磁盘已满。请选择其他位置。</translation>
    </message>
    <message>
        <source>Saved as “{file}”.</source>
        <translation>已保存为“{file}”。</translation>
    </message>
    <message>
        <source>The temporary copy could not be written: the disk may be full. Save the document instead.</source>
        <translation>无法写入临时副本：磁盘可能已满。请改为保存该文档。</translation>
    </message>
    <message>
        <source>No program on this computer opens PDF documents. Print or save the document instead.</source>
        <translation>这台电脑上没有可以打开 PDF 文档的程序。请改为打印或保存该文档。</translation>
    </message>
    <message>
        <source>A temporary unencrypted copy was opened in the system viewer. It is deleted when the vault locks or the app closes.</source>
        <translation>已在系统查看器中打开一份未加密的临时副本。数据库锁定或程序关闭时，该副本会被删除。</translation>
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
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Calibrated score</source>
        <translation>校准后得分</translation>
    </message>
    <message>
        <source>Calibrated grade</source>
        <translation>校准后等级</translation>
    </message>
    <message>
        <source>Scored by</source>
        <translation>评分人</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>录入值</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Provided as</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>评审人</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>不参评</translation>
    </message>
    <message>
        <source>Finalized on</source>
        <translation>定稿时间</translation>
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
        <source>Print dossier…</source>
        <translation>打印人事档案…</translation>
    </message>
    <message>
        <source>Preview and print this personnel file as PDF, sensitive data masked (Ctrl+P)</source>
        <translation>预览并将此人事档案打印为 PDF，敏感信息已遮蔽（Ctrl+P）</translation>
    </message>
    <message>
        <source>Sensitive data masked</source>
        <translation>敏感信息已遮蔽</translation>
    </message>
    <message>
        <source>ID number, bank account, phone and salary in full…</source>
        <translation>完整显示证件号码、银行账号、电话和工资…</translation>
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
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Write the employees in the list to Excel or CSV, with the columns you choose (Ctrl+E)</source>
        <translation>将列表中的员工导出为 Excel 或 CSV，可自选列（Ctrl+E）</translation>
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
    <name>ExportDoneDialog</name>
    <message>
        <source>Open the folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>打开文件</translation>
    </message>
</context>
<context>
    <name>ExportFillInDialog</name>
    <message>
        <source>Export fill-in workbooks</source>
        <translation>导出填报表</translation>
    </message>
    <message>
        <source>Workbooks for “{cycle}” that managers or employees fill in without the app. Only the yellow cells can be filled in; when they come back, Import returned workbooks takes the scores in.</source>
        <translation>“{cycle}”的填报表，供上级或员工在不使用本软件的情况下填写。只有黄色单元格可以填写；收回后，用“导入回收的填报表”即可导入得分。</translation>
    </message>
    <message>
        <source>One workbook per manager: their team&apos;s forms at the manager&apos;s step</source>
        <translation>每位上级一个填报表：其团队中处于上级评分步骤的考核表</translation>
    </message>
    <message>
        <source>One workbook per employee: their self-assessment</source>
        <translation>每位员工一个填报表：本人的自评</translation>
    </message>
    <message>
        <source>Workbooks:</source>
        <translation>填报表：</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>The folder the workbooks go into</source>
        <translation>填报表保存到的文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Choose the folder for the workbooks</source>
        <translation>选择保存填报表的文件夹</translation>
    </message>
    <message>
        <source>No form is at the manager&apos;s step now, so there is nothing to export.</source>
        <translation>目前没有处于上级评分步骤的考核表，没有可导出的内容。</translation>
    </message>
    <message>
        <source>No form is at the self-assessment step now, so there is nothing to export.</source>
        <translation>目前没有处于自评步骤的考核表，没有可导出的内容。</translation>
    </message>
    <message>
        <source>{forms} forms in {files} workbooks, one for each manager.</source>
        <translation>{forms} 份考核表，共 {files} 个填报表，每位上级一个。</translation>
    </message>
    <message>
        <source>{files} workbooks, one for each employee at the self-assessment step.</source>
        <translation>{files} 个填报表，处于自评步骤的员工每人一个。</translation>
    </message>
    <message>
        <source>Left out, as nobody can fill them in now: {reasons}.</source>
        <translation>以下未导出，因为目前无人可以填写：{reasons}。</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
    <name>FillIn</name>
    <message>
        <source>This is not a fill-in workbook exported by this app, or its content was copied into another workbook. Ask for the workbook that was sent out. Nothing was taken.</source>
        <translation>这不是本软件导出的填报表，或其内容已被复制到另一个工作簿中。请索要当初发出的填报表。未导入任何内容。</translation>
    </message>
    <message>
        <source>This workbook was exported from another vault, so its scores cannot go into this one. Nothing was taken.</source>
        <translation>此填报表是从另一个数据库导出的，其中的得分不能导入本数据库。未导入任何内容。</translation>
    </message>
    <message>
        <source>Cells outside the yellow cells were changed ({places}), so nothing of this workbook was taken. Export a new workbook for this person, or type the scores in by hand.</source>
        <translation>黄色单元格以外的单元格被修改过（{places}），因此此填报表的内容均未导入。请为此人重新导出填报表，或手动录入得分。</translation>
    </message>
    <message>
        <source>The workbook&apos;s hidden check data was altered, so nothing of it was taken. Export a new workbook for this person.</source>
        <translation>填报表中隐藏的校验数据被修改过，因此其内容均未导入。请为此人重新导出填报表。</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook this app can read. Save it from Excel or WPS as .xlsx and try again. Nothing was taken.</source>
        <translation>此文件不是本软件能读取的 Excel 工作簿。请在 Excel 或 WPS 中另存为 .xlsx 后重试。未导入任何内容。</translation>
    </message>
    <message>
        <source>The workbook is protected with a password to open. Remove that password in Excel or WPS, save, and try again. Nothing was taken.</source>
        <translation>此工作簿设置了打开密码。请在 Excel 或 WPS 中取消该密码并保存，然后重试。未导入任何内容。</translation>
    </message>
    <message>
        <source>The file is empty. Nothing was taken.</source>
        <translation>文件为空。未导入任何内容。</translation>
    </message>
    <message>
        <source>The file cannot be read safely (too large, damaged, or built in a way Excel and WPS never write). Check that it is the right file. Nothing was taken.</source>
        <translation>无法安全读取此文件（文件过大、已损坏，或其结构不是 Excel 和 WPS 会生成的）。请确认文件是否正确。未导入任何内容。</translation>
    </message>
    <message>
        <source>This form is no longer in the cycle.</source>
        <translation>此考核表已不在该考核周期中。</translation>
    </message>
    <message>
        <source>The cycle is closed. Reopen it to take scores in.</source>
        <translation>该考核周期已关闭。请重新开启后再导入得分。</translation>
    </message>
    <message>
        <source>The form was excluded from the cycle.</source>
        <translation>此考核表已被排除在考核周期之外。</translation>
    </message>
    <message>
        <source>The form is already {stage}; it no longer takes scores from a workbook.</source>
        <translation>此考核表当前为“{stage}”，不再接受填报表中的得分。</translation>
    </message>
    <message>
        <source>The form is at the step “{stage}” now, not at this person&apos;s step. Nothing of it was taken.</source>
        <translation>此考核表目前处于“{stage}”步骤，而不是此人负责的步骤。其内容均未导入。</translation>
    </message>
    <message>
        <source>The form was changed in the app after the workbook was exported. Nothing of it was taken, so the newer entry stays; export a new workbook if needed.</source>
        <translation>导出填报表后，此考核表已在软件中被修改。其内容均未导入，保留较新的录入内容；如有需要，请重新导出填报表。</translation>
    </message>
    <message>
        <source>Some cells cannot be taken, so nothing of this form was taken. Correct them and import the workbook again.</source>
        <translation>部分单元格无法导入，因此此考核表的内容均未导入。请更正后重新导入该填报表。</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>“{value}”不是数字。</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number.</source>
        <translation>“{value}”不是整数。</translation>
    </message>
    <message>
        <source>{value} is outside {minimum} to {maximum}.</source>
        <translation>{value} 超出了 {minimum} 到 {maximum} 的范围。</translation>
    </message>
    <message>
        <source>“{value}” is not a level of the scale ({levels}).</source>
        <translation>“{value}”不是评分等级中的一级（{levels}）。</translation>
    </message>
    <message>
        <source>“{value}” is not one of the choices ({choices}).</source>
        <translation>“{value}”不是可选项之一（{choices}）。</translation>
    </message>
    <message>
        <source>The comment is longer than {limit} characters.</source>
        <translation>评语超过了 {limit} 个字。</translation>
    </message>
    <message>
        <source>not at this step</source>
        <translation>不在此步骤</translation>
    </message>
    <message>
        <source>finalized</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>no reviewer</source>
        <translation>无评审人</translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Already in the vault</source>
        <translation>数据库中已有</translation>
    </message>
    <message>
        <source>Not filled in</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒收</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>sheet “{sheet}”, cell {cell}</source>
        <translation>工作表“{sheet}”，单元格 {cell}</translation>
    </message>
    <message>
        <source>sheet “{sheet}” is missing</source>
        <translation>缺少工作表“{sheet}”</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>另有 {count} 处</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Cell {cell} ({indicator}): {sentence}</source>
        <translation>单元格 {cell}（{indicator}）：{sentence}</translation>
    </message>
    <message>
        <source>Cell {cell}: {sentence}</source>
        <translation>单元格 {cell}：{sentence}</translation>
    </message>
    <message>
        <source>Scores: {names}.</source>
        <translation>得分：{names}。</translation>
    </message>
    <message>
        <source>{count} comments added.</source>
        <translation>已添加 {count} 条评语。</translation>
    </message>
    <message>
        <source>Not complete yet: the rest can follow in a later workbook.</source>
        <translation>尚未填写完整：其余部分可在之后的填报表中补交。</translation>
    </message>
    <message>
        <source>The vault already holds what this sheet says.</source>
        <translation>数据库中已有此工作表中的内容。</translation>
    </message>
    <message>
        <source>Nothing was filled in on this sheet.</source>
        <translation>此工作表中没有填写任何内容。</translation>
    </message>
    <message>
        <source>{count} {reason}</source>
        <translation>{count} 份{reason}</translation>
    </message>
</context>
<context>
    <name>FillInActions</name>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Workbook refused</source>
        <translation>填报表被拒收</translation>
    </message>
    <message>
        <source>Export fill-in workbooks…</source>
        <translation>导出填报表…</translation>
    </message>
    <message>
        <source>Workbooks that managers (their team&apos;s forms) or employees (their self-assessment) fill in without the app</source>
        <translation>供上级（其团队的考核表）或员工（本人的自评）在不使用本软件的情况下填写的填报表</translation>
    </message>
    <message>
        <source>Import returned workbooks…</source>
        <translation>导入回收的填报表…</translation>
    </message>
    <message>
        <source>Take the scores of filled-in workbooks in; changed or outdated ones are refused with the reason</source>
        <translation>导入已填写填报表中的得分；被修改过或已过期的填报表会被拒收，并说明原因</translation>
    </message>
    <message>
        <source>Writing the workbooks…</source>
        <translation>正在生成填报表…</translation>
    </message>
    <message>
        <source>{forms} forms written into {files} workbooks in {folder}.</source>
        <translation>已将 {forms} 份考核表写入 {files} 个填报表，保存在 {folder}。</translation>
    </message>
    <message>
        <source>{forms} self-assessments written into {files} workbooks in {folder}.</source>
        <translation>已将 {forms} 份自评写入 {files} 个填报表，保存在 {folder}。</translation>
    </message>
    <message>
        <source>Left out, as nobody can fill them in now: {reasons}.</source>
        <translation>以下未导出，因为目前无人可以填写：{reasons}。</translation>
    </message>
    <message>
        <source>Choose the returned workbooks</source>
        <translation>选择回收的填报表</translation>
    </message>
    <message>
        <source>Reading the returned workbooks…</source>
        <translation>正在读取回收的填报表…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Fill-in workbooks</source>
        <translation>填报表</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Cancelled. Workbooks already taken in stay taken in; the others were not taken in.</source>
        <translation>已取消。已导入的填报表保持导入状态；其余的未导入。</translation>
    </message>
    <message>
        <source>Cancelled. No workbook was written.</source>
        <translation>已取消。未生成任何填报表。</translation>
    </message>
</context>
<context>
    <name>FillInResultModel</name>
    <message>
        <source>Workbook</source>
        <translation>填报表</translation>
    </message>
    <message>
        <source>The returned file</source>
        <translation>回收的文件</translation>
    </message>
    <message>
        <source>Filled in by</source>
        <translation>填写人</translation>
    </message>
    <message>
        <source>The manager or employee the workbook was made for</source>
        <translation>此填报表所针对的上级或员工</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Whose form</source>
        <translation>考核对象</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Taken in, already in the vault, not filled in, or refused</source>
        <translation>已导入、数据库中已有、未填写或已拒收</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>What was taken in, or why not</source>
        <translation>导入了哪些内容，或未导入的原因</translation>
    </message>
</context>
<context>
    <name>FillInSummaryDialog</name>
    <message>
        <source>Returned workbooks</source>
        <translation>回收的填报表</translation>
    </message>
    <message>
        <source>{landed} forms taken in ({inputs} scores), {unchanged} already in the vault, {empty} not filled in, {refused} refused.</source>
        <translation>已导入 {landed} 份考核表（{inputs} 项得分），{unchanged} 份数据库中已有，{empty} 份未填写，{refused} 份被拒收。</translation>
    </message>
    <message>
        <source>{count} of {files} workbooks were refused as a whole; nothing of them was taken.</source>
        <translation>{files} 个填报表中有 {count} 个被整体拒收，其内容均未导入。</translation>
    </message>
</context>
<context>
    <name>FinalizeDialog</name>
    <message>
        <source>Finalize cycle</source>
        <translation>考核周期定稿</translation>
    </message>
    <message>
        <source>{count} forms of “{name}” are not finalized yet:</source>
        <translation>“{name}”中有 {count} 份考核表尚未定稿：</translation>
    </message>
    <message>
        <source>Finish them first, or finalize the cycle without them: they are then left out of the cycle and get no result (this is recorded). The others&apos; results are published into the employees&apos; files.</source>
        <translation>请先完成这些考核表，或者不等它们、直接将考核周期定稿：相关人员将不参加本考核周期，也没有考核结果（此操作会被记录）。其他人的考核结果将发布到员工档案中。</translation>
    </message>
    <message>
        <source>Finish them first</source>
        <translation>先完成这些考核表</translation>
    </message>
    <message>
        <source>Opens the cycle&apos;s forms; nothing is finalized</source>
        <translation>打开本考核周期的考核表；不会定稿任何内容</translation>
    </message>
    <message>
        <source>Finalize without them</source>
        <translation>跳过这些表，直接定稿</translation>
    </message>
</context>
<context>
    <name>GeneratePage</name>
    <message>
        <source>Generating the forms</source>
        <translation>生成考核表</translation>
    </message>
    <message>
        <source>One form per appraised person, with the latest version of their template. All are made, or none.</source>
        <translation>为每位参评人员生成一份考核表，使用其考核模板的最新版本。要么全部生成，要么一份也不生成。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Making the forms…</source>
        <translation>正在生成考核表…</translation>
    </message>
    <message>
        <source>The forms are made. The cycle is ready on the Cycles tab.</source>
        <translation>考核表已生成，可在“考核周期”页签中找到该考核周期。</translation>
    </message>
</context>
<context>
    <name>GradeBandModel</name>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>From score</source>
        <translation>最低分</translation>
    </message>
    <message>
        <source>The grade&apos;s name, for example S, A, B</source>
        <translation>等级名称，例如 S、A、B</translation>
    </message>
    <message>
        <source>A score at least this reaches the grade</source>
        <translation>得分达到此值即为该等级</translation>
    </message>
    <message>
        <source>below the others</source>
        <translation>低于以上各等级</translation>
    </message>
</context>
<context>
    <name>GradesPage</name>
    <message>
        <source>Grades and quotas</source>
        <translation>等级与比例要求</translation>
    </message>
    <message>
        <source>Which score reaches which grade, and optional limits on how many get each.</source>
        <translation>多少分对应哪个等级，以及可选的各等级人数比例要求。</translation>
    </message>
    <message>
        <source>Grade bands</source>
        <translation>等级划分</translation>
    </message>
    <message>
        <source>Add band</source>
        <translation>添加等级</translation>
    </message>
    <message>
        <source>Remove band</source>
        <translation>删除等级</translation>
    </message>
    <message>
        <source>S/A/B/C/D</source>
        <translation>S/A/B/C/D</translation>
    </message>
    <message>
        <source>Back to the usual grades: S from 95, A from 85, B from 70, C from 60, else D</source>
        <translation>恢复常用等级：95 分及以上为 S，85 分及以上为 A，70 分及以上为 B，60 分及以上为 C，其余为 D</translation>
    </message>
    <message>
        <source>Quotas (optional)</source>
        <translation>比例要求（可选）</translation>
    </message>
    <message>
        <source>For example S at most 10 %. Calibration shows whether they are met; they never stop anyone&apos;s grade.</source>
        <translation>例如 S 级不超过 10%。校准时会显示是否符合；比例要求不会阻止任何人获得相应等级。</translation>
    </message>
    <message>
        <source>Add quota</source>
        <translation>添加比例要求</translation>
    </message>
    <message>
        <source>Remove quota</source>
        <translation>删除比例要求</translation>
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
    <name>ItemTable</name>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
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
    <name>KpiCyclesPage</name>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Change the cycle&apos;s settings and who it appraises; adds forms for people still missing</source>
        <translation>修改考核周期的设置和参评范围；为尚未生成考核表的人员补充考核表</translation>
    </message>
    <message>
        <source>Finalize…</source>
        <translation>定稿…</translation>
    </message>
    <message>
        <source>Publish the results into the employees&apos; files</source>
        <translation>将考核结果发布到员工档案</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重新开启…</translation>
    </message>
    <message>
        <source>Open a finalized cycle again for changes (the reason is recorded)</source>
        <translation>重新开启已定稿的周期以便修改（会记录原因）</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>归档…</translation>
    </message>
    <message>
        <source>Close a finalized cycle for good: its forms become read-only</source>
        <translation>永久关闭已定稿的考核周期：其考核表将变为只读</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>考核表</translation>
    </message>
    <message>
        <source>List the cycle&apos;s forms (Enter)</source>
        <translation>列出该考核周期的考核表 (Enter)</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <source>Grade distribution, quotas and reviewers&apos; leniency; adjust results</source>
        <translation>等级分布、比例要求和评审人评分宽严度；调整结果</translation>
    </message>
    <message>
        <source>Population…</source>
        <translation>参评范围…</translation>
    </message>
    <message>
        <source>Who the cycle appraises and with which template; generate missing forms</source>
        <translation>该考核周期考核哪些人、使用哪个考核模板；生成缺少的考核表</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>导出结果…</translation>
    </message>
    <message>
        <source>Write the cycle&apos;s results to Excel: a sheet per department and the grade summary</source>
        <translation>将本考核周期的结果导出到 Excel：每个部门一个工作表，另附等级汇总</translation>
    </message>
    <message>
        <source>No appraisal cycles yet. Set up the first one: its period, deadlines, grades and who it appraises.</source>
        <translation>还没有考核周期。请设置第一个考核周期：考核期、截止日期、等级和参评范围。</translation>
    </message>
    <message>
        <source>New cycle…</source>
        <translation>新建考核周期…</translation>
    </message>
    <message>
        <source>Finalize cycle</source>
        <translation>考核周期定稿</translation>
    </message>
    <message>
        <source>Finalize “{name}”? Its {count} results are published into the employees&apos; files. Changing them afterwards needs the cycle reopened, with a reason.</source>
        <translation>要定稿“{name}”吗？其 {count} 个结果将写入员工档案。之后如需修改，须重新开启该周期并填写原因。</translation>
    </message>
    <message>
        <source>“{name}” is finalized. {count} unfinished forms were left out of it.</source>
        <translation>“{name}”已定稿。有 {count} 份未完成的考核表未纳入。</translation>
    </message>
    <message>
        <source>“{name}” is finalized.</source>
        <translation>“{name}”已定稿。</translation>
    </message>
    <message>
        <source>Reopen cycle</source>
        <translation>重新开启考核周期</translation>
    </message>
    <message>
        <source>“{name}” opens again for changes. Its finalized forms stay finalized; changing one needs a reason of its own. Why is the cycle reopened?</source>
        <translation>“{name}”将重新开启以便修改。其中已定稿的考核表仍保持定稿，修改任何一份都需另外填写原因。为什么要重新开启该周期？</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新开启</translation>
    </message>
    <message>
        <source>“{name}” is open again.</source>
        <translation>“{name}”已重新开启。</translation>
    </message>
    <message>
        <source>Archive cycle</source>
        <translation>归档考核周期</translation>
    </message>
    <message>
        <source>Archive “{name}”? Its finalized forms become read-only in the employees&apos; files, and the cycle can no longer be reopened.</source>
        <translation>要归档“{name}”吗？其已定稿的考核表在员工档案中将变为只读，且该考核周期不能再重新开启。</translation>
    </message>
    <message>
        <source>“{name}” is archived with its {count} forms.</source>
        <translation>“{name}”及其 {count} 份考核表已归档。</translation>
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
        <source>Appraisal form overdue</source>
        <translation>考核表已逾期</translation>
    </message>
    <message>
        <source>Low performer</source>
        <translation>绩效偏低</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
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
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>已打印</translation>
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
        <source>Appraisal template</source>
        <translation>考核模板</translation>
    </message>
    <message>
        <source>Appraisal template version</source>
        <translation>考核模板版本</translation>
    </message>
    <message>
        <source>Appraisal cycle</source>
        <translation>考核周期</translation>
    </message>
    <message>
        <source>Appraisal form</source>
        <translation>考核表</translation>
    </message>
    <message>
        <source>Appraisal score</source>
        <translation>考核得分</translation>
    </message>
    <message>
        <source>Bonus, deduction or veto</source>
        <translation>加分项、扣分项或否决项</translation>
    </message>
    <message>
        <source>Appraisal log</source>
        <translation>考核操作记录</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>Manager review</source>
        <translation>上级评分</translation>
    </message>
    <message>
        <source>HR review</source>
        <translation>人事复核</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>提交至下一步</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>已重新开启</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>人事</translation>
    </message>
    <message>
        <source>Typed from paper</source>
        <translation>纸质录入</translation>
    </message>
    <message>
        <source>Imported workbook</source>
        <translation>表格导入</translation>
    </message>
    <message>
        <source>Entered by HR</source>
        <translation>人事录入</translation>
    </message>
    <message>
        <source>Quantitative</source>
        <translation>定量</translation>
    </message>
    <message>
        <source>Qualitative</source>
        <translation>定性</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>过程</translation>
    </message>
    <message>
        <source>Ratio to target</source>
        <translation>按完成率计分</translation>
    </message>
    <message>
        <source>Threshold bands</source>
        <translation>分段计分</translation>
    </message>
    <message>
        <source>Deduction per incident</source>
        <translation>按次扣分</translation>
    </message>
    <message>
        <source>Pass or fail</source>
        <translation>达标/不达标</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月度</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>半年度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>自定义日期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>By the cycle&apos;s rules</source>
        <translation>按考核周期规则</translation>
    </message>
    <message>
        <source>Included by hand</source>
        <translation>手动纳入参评</translation>
    </message>
    <message>
        <source>Excluded by hand</source>
        <translation>手动排除</translation>
    </message>
    <message>
        <source>Hired after the cut-off date</source>
        <translation>在截止日期之后入职</translation>
    </message>
    <message>
        <source>Changed after finalizing</source>
        <translation>定稿后修改</translation>
    </message>
    <message>
        <source>Score recalculated</source>
        <translation>已重新计算得分</translation>
    </message>
    <message>
        <source>Calibrated</source>
        <translation>校准后</translation>
    </message>
    <message>
        <source>Reviewer changed</source>
        <translation>更换评审人</translation>
    </message>
    <message>
        <source>Template changed</source>
        <translation>考核模板已更换</translation>
    </message>
    <message>
        <source>Excluded from the cycle</source>
        <translation>移出考核周期</translation>
    </message>
    <message>
        <source>Included again</source>
        <translation>重新纳入参评</translation>
    </message>
    <message>
        <source>Cycle finalized</source>
        <translation>考核周期定稿</translation>
    </message>
    <message>
        <source>Cycle reopened</source>
        <translation>考核周期已重新开启</translation>
    </message>
    <message>
        <source>Cycle archived</source>
        <translation>考核周期已归档</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>加分项</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>扣分项</translation>
    </message>
    <message>
        <source>Veto</source>
        <translation>否决项</translation>
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
    <name>LeniencyModel</name>
    <message>
        <source>Reviewer</source>
        <translation>评审人</translation>
    </message>
    <message>
        <source>The manager who scored</source>
        <translation>评分的上级</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>考核表</translation>
    </message>
    <message>
        <source>Scored forms of this reviewer</source>
        <translation>该评审人已评分的考核表数</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>The average score this reviewer&apos;s forms reached</source>
        <translation>该评审人所评考核表的平均得分</translation>
    </message>
    <message>
        <source>Against the average</source>
        <translation>与平均分之差</translation>
    </message>
    <message>
        <source>Above 0: more lenient than the cycle&apos;s average; below 0: stricter</source>
        <translation>大于 0：比考核周期平均水平宽松；小于 0：更严格</translation>
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
    <name>LowPerformerModel</name>
    <message>
        <source>Below the cycle&apos;s low-score line</source>
        <translation>低于本周期的低分线</translation>
    </message>
    <message>
        <source>In the two lowest grades twice in a row</source>
        <translation>连续两次处于最低的两个等级</translation>
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
        <source>The employee&apos;s name (double-click for the form)</source>
        <translation>员工姓名（双击打开考核表）</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>The employee&apos;s department now</source>
        <translation>员工目前所在部门</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>The result that counts (after calibration)</source>
        <translation>最终有效的考核结果（校准后）</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>The grade that counts</source>
        <translation>最终生效的等级</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Why the result counts as low performance</source>
        <translation>该结果被判定为绩效偏低的原因</translation>
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
        <source>There are no appraisal forms to print for this choice. Nothing was written.</source>
        <translation>所选范围内没有可打印的考核表，未生成任何文件。</translation>
    </message>
    <message>
        <source>This picture cannot be used as the logo. The logo was not changed.</source>
        <translation>此图片无法用作标志。标志未更改。</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG picture. Save it in one of these formats and choose it again. The logo was not changed.</source>
        <translation>标志必须是 PNG 或 JPEG 图片。请将图片另存为其中一种格式后重新选择。标志未更改。</translation>
    </message>
    <message>
        <source>The logo file is larger than {limit_mb} MB. Choose a smaller picture. The logo was not changed.</source>
        <translation>标志文件超过 {limit_mb} MB。请选择较小的图片。标志未更改。</translation>
    </message>
    <message>
        <source>The logo picture is too large ({width} × {height} pixels). Choose one of at most {limit} pixels on each side. The logo was not changed.</source>
        <translation>标志图片过大（{width} × {height} 像素）。请选择每边不超过 {limit} 像素的图片。标志未更改。</translation>
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
    <message>
        <source>Add at least one dimension with its indicators.</source>
        <translation>请至少添加一个维度及其指标。</translation>
    </message>
    <message>
        <source>This dimension has no indicators yet.</source>
        <translation>此维度还没有指标。</translation>
    </message>
    <message>
        <source>The dimensions&apos; weights add up to {total} %; they must total 100 %.</source>
        <translation>各维度权重合计为 {total}%，必须合计为 100%。</translation>
    </message>
    <message>
        <source>The indicators of this dimension add up to {total} %; they must total the dimension&apos;s {expected} %.</source>
        <translation>该维度下各指标的权重合计为 {total}%，应等于该维度的权重 {expected}%。</translation>
    </message>
    <message>
        <source>Self, manager and HR weights add up to {total} %; they must total 100 %.</source>
        <translation>自评、上级评分和人事评分的权重合计为 {total}%，必须合计为 100%。</translation>
    </message>
    <message>
        <source>Enter a number greater than 0.</source>
        <translation>请输入大于 0 的数字。</translation>
    </message>
    <message>
        <source>Enter 0 or more.</source>
        <translation>请输入 0 或更大的数。</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>Enter a short code.</source>
        <translation>请输入简短的编码。</translation>
    </message>
    <message>
        <source>This code is used twice; each must be unique.</source>
        <translation>此编码重复使用；每个编码都必须唯一。</translation>
    </message>
    <message>
        <source>This name is already used. Choose another.</source>
        <translation>此名称已被使用，请另取一个。</translation>
    </message>
    <message>
        <source>A quantitative indicator needs a target.</source>
        <translation>定量指标必须填写目标值。</translation>
    </message>
    <message>
        <source>The target must be greater than 0.</source>
        <translation>目标值必须大于 0。</translation>
    </message>
    <message>
        <source>The cap must not be below the floor.</source>
        <translation>上限不能低于下限。</translation>
    </message>
    <message>
        <source>Add at least one band (from how much achieved, which score).</source>
        <translation>请至少添加一个分段（完成多少，得多少分）。</translation>
    </message>
    <message>
        <source>List the bands from the highest achievement down.</source>
        <translation>请按完成情况从高到低列出各分段。</translation>
    </message>
    <message>
        <source>A lower band cannot give a higher score.</source>
        <translation>较低的分段不能对应更高的得分。</translation>
    </message>
    <message>
        <source>The starting score must not be below the floor.</source>
        <translation>起始分不能低于下限。</translation>
    </message>
    <message>
        <source>The score for a fail cannot be higher than for a pass.</source>
        <translation>不达标的得分不能高于达标的得分。</translation>
    </message>
    <message>
        <source>Add the levels of the rating scale.</source>
        <translation>请添加评分等级表的各个档位。</translation>
    </message>
    <message>
        <source>This level is listed twice.</source>
        <translation>此档位重复出现了两次。</translation>
    </message>
    <message>
        <source>Add the milestones of the checklist.</source>
        <translation>请添加清单中的里程碑。</translation>
    </message>
    <message>
        <source>This grade is listed twice.</source>
        <translation>此等级重复列出。</translation>
    </message>
    <message>
        <source>List the grades from the highest score down.</source>
        <translation>请按得分从高到低列出各等级。</translation>
    </message>
    <message>
        <source>This grade is not one of the cycle&apos;s grades.</source>
        <translation>该等级不属于本周期的等级。</translation>
    </message>
    <message>
        <source>Choose the grades the quota counts.</source>
        <translation>请选择比例要求所统计的等级。</translation>
    </message>
    <message>
        <source>A share is between 0 and 100 %.</source>
        <translation>比例应在 0 到 100% 之间。</translation>
    </message>
    <message>
        <source>That department no longer exists.</source>
        <translation>该部门已不存在。</translation>
    </message>
    <message>
        <source>That position no longer exists.</source>
        <translation>该岗位已不存在。</translation>
    </message>
    <message>
        <source>This template is retired; it gives no new forms.</source>
        <translation>此考核模板已停用，不会再生成新的考核表。</translation>
    </message>
    <message>
        <source>The stored template cannot be read.</source>
        <translation>无法读取已保存的考核模板。</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>结束日期必须晚于开始日期。</translation>
    </message>
    <message>
        <source>The deadlines must follow each other: self-assessment, then manager, then HR.</source>
        <translation>截止日期须依次排列：先自评，再上级评分，最后人事复核。</translation>
    </message>
    <message>
        <source>This cycle is closed. Reopen it first (the reopening is recorded).</source>
        <translation>此考核周期已关闭。请先重新开启（重新开启会被记录）。</translation>
    </message>
    <message>
        <source>Finalize the cycle first.</source>
        <translation>请先将考核周期定稿。</translation>
    </message>
    <message>
        <source>{count} forms are not finalized yet. Finish them, or finalize the cycle without them.</source>
        <translation>还有 {count} 份考核表尚未定稿。请完成这些考核表，或不等它们、直接将考核周期定稿。</translation>
    </message>
    <message>
        <source>Forms of this cycle are already finalized, so its grades can no longer change.</source>
        <translation>本周期已有考核表定稿，等级划分不能再修改。</translation>
    </message>
    <message>
        <source>Forms are archived together with their cycle.</source>
        <translation>考核表随所属考核周期一起归档。</translation>
    </message>
    <message>
        <source>The form cannot go to that step from where it is.</source>
        <translation>考核表无法从当前环节转到该环节。</translation>
    </message>
    <message>
        <source>Say why the form is sent back: the comment tells the person what to redo.</source>
        <translation>请说明退回考核表的原因：这条意见会告诉对方需要重做哪些内容。</translation>
    </message>
    <message>
        <source>Enter the reason. It is kept with the change.</source>
        <translation>请填写原因，原因将与此次修改一并保存。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>没有做任何更改。</translation>
    </message>
    <message>
        <source>This form is finalized: a change needs a reason, and it is recorded.</source>
        <translation>此考核表已定稿：修改须填写原因，并会被记录。</translation>
    </message>
    <message>
        <source>This form is archived and can no longer change.</source>
        <translation>此考核表已归档，不能再修改。</translation>
    </message>
    <message>
        <source>This form is excluded from the cycle.</source>
        <translation>该考核表已从本周期中排除。</translation>
    </message>
    <message>
        <source>The form has no score yet: enter the scores first.</source>
        <translation>该考核表还没有得分：请先录入评分。</translation>
    </message>
    <message>
        <source>The form has not reached this step yet.</source>
        <translation>考核表尚未到达此环节。</translation>
    </message>
    <message>
        <source>Score every indicator of this sheet.</source>
        <translation>请为本表的每项指标评分。</translation>
    </message>
    <message>
        <source>This indicator is not on the form&apos;s template.</source>
        <translation>该指标不在此考核表的考核模板中。</translation>
    </message>
    <message>
        <source>This item is not on the form&apos;s template.</source>
        <translation>此项不在该考核表所用的考核模板中。</translation>
    </message>
    <message>
        <source>This milestone is not on the indicator&apos;s checklist.</source>
        <translation>此里程碑不在该指标的里程碑清单中。</translation>
    </message>
    <message>
        <source>This kind of value does not fit the indicator.</source>
        <translation>此类数值不适用于该指标。</translation>
    </message>
    <message>
        <source>The scores entered do not fit the chosen template.</source>
        <translation>已录入的评分与所选考核模板不符。</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>次数不能为负数。</translation>
    </message>
    <message>
        <source>Choose one of the scale&apos;s levels.</source>
        <translation>请选择评分等级表中的一个档位。</translation>
    </message>
    <message>
        <source>Enter at most {limit} points.</source>
        <translation>最多输入 {limit} 分。</translation>
    </message>
    <message>
        <source>A score is between 0 and {limit}.</source>
        <translation>得分应在 0 到 {limit} 之间。</translation>
    </message>
    <message>
        <source>Employees cannot review their own form.</source>
        <translation>员工不能评审自己的考核表。</translation>
    </message>
    <message>
        <source>Choose one of the cycle&apos;s grades.</source>
        <translation>请选择考核周期中的一个等级。</translation>
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
        <source>Workforce report…</source>
        <translation>人员情况报表…</translation>
    </message>
    <message>
        <source>Headcount, hires, leavers and turnover by department and month, to Excel</source>
        <translation>按部门和月份统计人数、入职、离职和离职率，导出到 Excel</translation>
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
    <name>PopulationDialog</name>
    <message>
        <source>Population of “{name}”</source>
        <translation>“{name}”的参评范围</translation>
    </message>
    <message>
        <source>Generate missing forms</source>
        <translation>补充生成考核表</translation>
    </message>
    <message>
        <source>Make forms for the appraised people who have none yet; existing forms stay</source>
        <translation>为尚无考核表的参评人员生成考核表；已有的考核表保持不变</translation>
    </message>
    <message>
        <source>Making the forms…</source>
        <translation>正在生成考核表…</translation>
    </message>
</context>
<context>
    <name>PopulationPage</name>
    <message>
        <source>Who is appraised</source>
        <translation>参评范围</translation>
    </message>
    <message>
        <source>The rules choose the people; the next page lists everyone with the reason, and you can include or exclude anyone by hand.</source>
        <translation>由规则确定参评人员；下一页会列出所有人员及原因，您可以手动纳入或排除任何人。</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>The whole company</source>
        <translation>全公司</translation>
    </message>
    <message>
        <source>Only these departments:</source>
        <translation>仅限以下部门：</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>添加部门</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>不参评</translation>
    </message>
    <message>
        <source>Only people hired on or before</source>
        <translation>仅限入职日期不晚于</translation>
    </message>
    <message>
        <source>Leave out people on probation</source>
        <translation>不包括试用期员工</translation>
    </message>
    <message>
        <source>Leave out people on a leave of absence</source>
        <translation>不含休假中的人员</translation>
    </message>
    <message>
        <source>Add at least one department, or choose the whole company.</source>
        <translation>请至少添加一个部门，或选择全公司。</translation>
    </message>
</context>
<context>
    <name>PopulationPreviewPanel</name>
    <message>
        <source>Everyone in scope</source>
        <translation>范围内全部人员</translation>
    </message>
    <message>
        <source>Appraised</source>
        <translation>参评</translation>
    </message>
    <message>
        <source>Not appraised</source>
        <translation>不参评</translation>
    </message>
    <message>
        <source>No template fits</source>
        <translation>无适用模板</translation>
    </message>
    <message>
        <source>Several templates fit</source>
        <translation>匹配到多个考核模板</translation>
    </message>
    <message>
        <source>{included} appraised, {excluded} not. Template: {matched} found, {none} none, {several} several.</source>
        <translation>参评 {included} 人，不参评 {excluded} 人。考核模板：已匹配 {matched} 人，无匹配 {none} 人，多个匹配 {several} 人。</translation>
    </message>
    <message>
        <source>{count} already have a form.</source>
        <translation>{count} 人已有考核表。</translation>
    </message>
    <message>
        <source>Search number or name</source>
        <translation>搜索工号或姓名</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>纳入</translation>
    </message>
    <message>
        <source>Appraise the chosen people whatever the rules say</source>
        <translation>无论规则如何，均将所选人员纳入考核</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>Leave the chosen people out whatever the rules say</source>
        <translation>无论规则如何，所选人员均不参评</translation>
    </message>
    <message>
        <source>Back to the rules</source>
        <translation>恢复按规则</translation>
    </message>
    <message>
        <source>Undo your change by hand for the chosen people</source>
        <translation>撤销对所选人员的手动调整</translation>
    </message>
    <message>
        <source>Choose template…</source>
        <translation>选择考核模板…</translation>
    </message>
    <message>
        <source>Pick the template for the chosen people (for those none or several fit)</source>
        <translation>为所选人员指定考核模板（适用于没有匹配或匹配多个考核模板的人员）</translation>
    </message>
    <message>
        <source>Working out who the cycle appraises…</source>
        <translation>正在确定本周期的参评人员…</translation>
    </message>
    <message>
        <source>There are no templates yet. Create one under Templates.</source>
        <translation>还没有考核模板。请在“考核模板”中创建。</translation>
    </message>
    <message>
        <source>Choose template</source>
        <translation>选择考核模板</translation>
    </message>
    <message>
        <source>Template for the {count} chosen people:</source>
        <translation>所选 {count} 人的考核模板：</translation>
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
    <name>PreviewPage</name>
    <message>
        <source>Who is appraised, and with which template</source>
        <translation>参评人员及所用考核模板</translation>
    </message>
    <message>
        <source>The cycle&apos;s settings are saved; no forms are made yet. Include or exclude people by hand, and choose the template where none or several fit.</source>
        <translation>考核周期的设置已保存，但尚未生成考核表。可手动纳入或排除人员，并为没有匹配或匹配到多个考核模板的人员选择考核模板。</translation>
    </message>
    <message>
        <source>Generate forms</source>
        <translation>生成考核表</translation>
    </message>
</context>
<context>
    <name>Print</name>
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
        <source>Ethnicity</source>
        <translation>民族</translation>
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
        <source>Household registration</source>
        <translation>户口性质</translation>
    </message>
    <message>
        <source>Registered address</source>
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
        <translation>手机号</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Started working</source>
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
        <source>Status</source>
        <translation>在职状态</translation>
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
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>First hired</source>
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
        <source>Date</source>
        <translation>日期</translation>
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
        <source>Reason / note</source>
        <translation>原因／备注</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>终止</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>考核周期</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>考核期截止</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>考核模板</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Rank in department</source>
        <translation>部门内排名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
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
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
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
        <source>School</source>
        <translation>学校</translation>
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
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Reason for leaving</source>
        <translation>离职原因</translation>
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
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页 / 共 {pages} 页</translation>
    </message>
    <message>
        <source>Printed {when}</source>
        <translation>打印时间：{when}</translation>
    </message>
    <message>
        <source>Confidential: personal data. Keep locked away; shred when no longer needed.</source>
        <translation>机密：含个人信息。请上锁保管，不再需要时用碎纸机销毁。</translation>
    </message>
    <message>
        <source>Performance appraisal</source>
        <translation>绩效考核表</translation>
    </message>
    <message>
        <source>Performance appraisal (to fill in)</source>
        <translation>绩效考核表（手工填写）</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>考核期</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>评审人</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>考核标准</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation>得分（0–100）</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>{name} · weight {weight}%</source>
        <translation>{name} · 权重 {weight}%</translation>
    </message>
    <message>
        <source>Extra items</source>
        <translation>加分项、扣分项与否决项</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>实际给分</translation>
    </message>
    <message>
        <source>Triggered</source>
        <translation>已触发</translation>
    </message>
    <message>
        <source>Not triggered</source>
        <translation>未触发</translation>
    </message>
    <message>
        <source>score at most {cap}</source>
        <translation>得分不超过 {cap}</translation>
    </message>
    <message>
        <source>up to {points} points</source>
        <translation>最多 {points} 分</translation>
    </message>
    <message>
        <source>Score step by step</source>
        <translation>得分计算过程</translation>
    </message>
    <message>
        <source>Weight of each scorer</source>
        <translation>各评分人权重</translation>
    </message>
    <message>
        <source>Scorer&apos;s total</source>
        <translation>评分人合计</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>未填完</translation>
    </message>
    <message>
        <source>Weighted total</source>
        <translation>加权合计</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>加分项</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>扣分项</translation>
    </message>
    <message>
        <source>Veto cap</source>
        <translation>否决项封顶</translation>
    </message>
    <message>
        <source>Final score</source>
        <translation>最终得分</translation>
    </message>
    <message>
        <source>Calibrated to {score} / {grade} (computed {computed} / {computed_grade})</source>
        <translation>校准为 {score} / {grade}（计算结果 {computed} / {computed_grade}）</translation>
    </message>
    <message>
        <source>Grades:</source>
        <translation>等级：</translation>
    </message>
    <message>
        <source>below {bound}</source>
        <translation>低于 {bound}</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>Human resources</source>
        <translation>人力资源</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>{count} incidents</source>
        <translation>发生 {count} 次</translation>
    </message>
    <message>
        <source>{met} of {total} met</source>
        <translation>达成 {met} / {total} 项</translation>
    </message>
    <message>
        <source>Score = completion rate × 100, from {floor} to {cap}</source>
        <translation>得分 = 完成率 × 100，最低 {floor}，最高 {cap}</translation>
    </message>
    <message>
        <source>Completion rate → score:</source>
        <translation>完成率 → 得分：</translation>
    </message>
    <message>
        <source>{start} minus {points} per incident, at least {floor}</source>
        <translation>从 {start} 分起，每发生一次扣 {points} 分，最低 {floor} 分</translation>
    </message>
    <message>
        <source>Passed {pass_score}, failed {fail_score}</source>
        <translation>通过得 {pass_score} 分，未通过得 {fail_score} 分</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>Personnel file</source>
        <translation>人事档案</translation>
    </message>
    <message>
        <source>Basic data</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Job now</source>
        <translation>当前任职</translation>
    </message>
    <message>
        <source>Job history</source>
        <translation>任职变动</translation>
    </message>
    <message>
        <source>Labour contracts</source>
        <translation>劳动合同</translation>
    </message>
    <message>
        <source>Appraisal results</source>
        <translation>考核结果</translation>
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
        <source>Education</source>
        <translation>教育经历</translation>
    </message>
    <message>
        <source>Work before joining</source>
        <translation>入职前工作经历</translation>
    </message>
    <message>
        <source>Qualification certificates</source>
        <translation>资格证书</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>无记录。</translation>
    </message>
    <message>
        <source>ID number, bank account, phone numbers and salary are masked on this copy.</source>
        <translation>本份文件中的证件号码、银行账号、电话号码和工资已遮蔽。</translation>
    </message>
    <message>
        <source>This copy shows ID number, bank account, phone numbers and salary in full. Its printing is recorded in the audit trail.</source>
        <translation>本份文件完整显示证件号码、银行账号、电话号码和工资，打印操作已记入审计记录。</translation>
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
        <translation>工资：{0}</translation>
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
        <source>corrected later</source>
        <translation>后经更正</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>无固定期限</translation>
    </message>
    <message>
        <source>{rank} of {ranked}</source>
        <translation>第 {rank} 名 / 共 {ranked} 人</translation>
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
    <name>QuotaModel</name>
    <message>
        <source>at most</source>
        <translation>不超过</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>不低于</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>比例（%）</translation>
    </message>
    <message>
        <source>The grades counted together, for example S, A</source>
        <translation>合并计算的等级，例如 S, A</translation>
    </message>
    <message>
        <source>At most or at least</source>
        <translation>不超过或不低于</translation>
    </message>
    <message>
        <source>Percent of the cycle&apos;s results</source>
        <translation>占本考核周期结果的百分比</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason *</source>
        <translation>原因 *</translation>
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
    <name>ReportsPage</name>
    <message>
        <source>Show sensitive data in full?</source>
        <translation>完整显示敏感信息？</translation>
    </message>
    <message>
        <source>The document will show ID numbers, bank accounts, phone numbers and salaries in full. Anyone who sees the paper or the file can read them. The export is recorded in the audit trail.

Continue with the data in full?</source>
        <translation>文档将完整显示证件号码、银行账号、电话和工资。任何看到纸质文件或电子文件的人都能读取这些信息。本次导出将记入审计记录。

确定完整显示这些信息并继续吗？</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Print or save appraisal sheets and personnel dossiers, and take the roster, results and workforce figures to Excel. Every print and export is recorded in the audit trail; sensitive data stays masked unless you choose otherwise.</source>
        <translation>打印或保存考核表和人事档案，并将花名册、考核结果和人员统计导出到 Excel。每次打印和导出都会记入审计记录；除非您另行选择，敏感信息始终处于遮蔽状态。</translation>
    </message>
    <message>
        <source>Appraisal sheets (PDF)</source>
        <translation>考核表（PDF）</translation>
    </message>
    <message>
        <source>One sheet per employee with indicators, scores, the final grade and signature lines; or blank sheets to fill in by hand.</source>
        <translation>每名员工一张考核表，包含指标、得分、最终等级和签字栏；也可打印空白表供手工填写。</translation>
    </message>
    <message>
        <source>Appraisal cycle</source>
        <translation>考核周期</translation>
    </message>
    <message>
        <source>Cycle:</source>
        <translation>考核周期：</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <source>Blank sheets for filling in by hand</source>
        <translation>打印空白表供手工填写</translation>
    </message>
    <message>
        <source>One file per employee…</source>
        <translation>每名员工一个文件…</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>预览并打印…</translation>
    </message>
    <message>
        <source>There is no appraisal cycle yet. Create one under Appraisals.</source>
        <translation>尚无考核周期。请先在“绩效考核”中创建。</translation>
    </message>
    <message>
        <source>No appraisal forms match this choice: nothing to print.</source>
        <translation>没有符合所选条件的考核表，无可打印内容。</translation>
    </message>
    <message>
        <source>Appraisal sheets · {cycle}</source>
        <translation>考核表 · {cycle}</translation>
    </message>
    <message>
        <source>Appraisal sheets {cycle}</source>
        <translation>考核表 {cycle}</translation>
    </message>
    <message>
        <source>{count} employees</source>
        <translation>{count} 名员工</translation>
    </message>
    <message>
        <source>Appraisal sheets</source>
        <translation>考核表</translation>
    </message>
    <message>
        <source>Preparing the sheets…</source>
        <translation>正在准备考核表…</translation>
    </message>
    <message>
        <source>Folder for the appraisal sheets</source>
        <translation>考核表保存文件夹</translation>
    </message>
    <message>
        <source>{count} sheets saved in “{folder}”.</source>
        <translation>已将 {count} 张考核表保存到“{folder}”。</translation>
    </message>
    <message>
        <source>Writing the sheets…</source>
        <translation>正在写入考核表…</translation>
    </message>
    <message>
        <source>Personnel dossier (PDF)</source>
        <translation>人事档案（PDF）</translation>
    </message>
    <message>
        <source>An employee&apos;s whole file: basic data, job history, contracts, appraisals, rewards and penalties, training. Departed employees: print from their file.</source>
        <translation>员工的完整档案：基本信息、工作经历、合同、绩效考核、奖惩和培训。离职员工：请从其员工档案中打印。</translation>
    </message>
    <message>
        <source>Show ID number, bank account, phone and salary in full</source>
        <translation>完整显示证件号码、银行账号、电话和工资</translation>
    </message>
    <message>
        <source>Appraisal sheet</source>
        <translation>考核表</translation>
    </message>
    <message>
        <source>Preparing the sheet…</source>
        <translation>正在准备考核表…</translation>
    </message>
    <message>
        <source>Personnel dossier · {person}</source>
        <translation>人事档案 · {person}</translation>
    </message>
    <message>
        <source>Personnel dossier {person}</source>
        <translation>人事档案 {person}</translation>
    </message>
    <message>
        <source>Personnel dossier</source>
        <translation>人事档案</translation>
    </message>
    <message>
        <source>Sensitive data in full</source>
        <translation>完整显示敏感信息</translation>
    </message>
    <message>
        <source>Sensitive data masked</source>
        <translation>敏感信息已遮蔽</translation>
    </message>
    <message>
        <source>Preparing the dossier…</source>
        <translation>正在准备人事档案…</translation>
    </message>
    <message>
        <source>Excel reports</source>
        <translation>Excel 报表</translation>
    </message>
    <message>
        <source>The roster with the columns you choose, a cycle&apos;s results by department with the grade distribution, and headcount, hires, leavers and turnover by department and month.</source>
        <translation>按所选列导出花名册；按部门导出某一考核周期的结果及等级分布；按部门和月份导出人数、入职、离职和离职率。</translation>
    </message>
    <message>
        <source>Results of:</source>
        <translation>考核结果：</translation>
    </message>
    <message>
        <source>Roster…</source>
        <translation>花名册…</translation>
    </message>
    <message>
        <source>Appraisal results…</source>
        <translation>考核结果…</translation>
    </message>
    <message>
        <source>Workforce report…</source>
        <translation>人员统计报表…</translation>
    </message>
    <message>
        <source>Fill-in workbooks (Excel)</source>
        <translation>填报表（Excel）</translation>
    </message>
    <message>
        <source>Managers and employees score in Excel without the app; the returned workbooks land on the right forms, changed or outdated ones are refused.</source>
        <translation>上级和员工无需使用本软件，直接在 Excel 中评分；回收的填报表会自动对应到正确的考核表，被改动或已过期的填报表将被拒收。</translation>
    </message>
    <message>
        <source>Whole company</source>
        <translation>全公司</translation>
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
    <name>ResultPanel</name>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>计入</translation>
    </message>
    <message>
        <source>Weighted total</source>
        <translation>加权合计</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>加分项</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>扣分项</translation>
    </message>
    <message>
        <source>Veto</source>
        <translation>否决项</translation>
    </message>
    <message>
        <source>Before rounding</source>
        <translation>取整前</translation>
    </message>
    <message>
        <source>Final score</source>
        <translation>最终得分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Not every indicator has an entry yet.</source>
        <translation>还有指标未录入。</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>尚未录入任何内容。</translation>
    </message>
    <message>
        <source>{scorers}: not counted yet, so the other weights are scaled up to make 100 %.</source>
        <translation>{scorers}：尚未计入，因此其他评分人的权重按比例放大，合计为 100%。</translation>
    </message>
    <message>
        <source>No scorer has entered every indicator yet, so there is no score. Partial sheets do not count.</source>
        <translation>还没有评分人填写完所有指标，因此尚无得分。未填写完整的评分不计入。</translation>
    </message>
    <message>
        <source>{claimed} points given; at most {bound} count in total.</source>
        <translation>共给出 {claimed} 分；合计最多计入 {bound} 分。</translation>
    </message>
    <message>
        <source>{counted} (capped)</source>
        <translation>{counted}（已封顶）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{vetoes}: at most {cap}</source>
        <translation>{vetoes}：最高 {cap} 分</translation>
    </message>
    <message>
        <source>{vetoes} (the score is below {cap} anyway)</source>
        <translation>{vetoes}（得分本来就低于 {cap}）</translation>
    </message>
</context>
<context>
    <name>ResultsExport</name>
    <message>
        <source>{cycle} results</source>
        <translation>{cycle} 考核结果</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>导出考核结果</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>考核周期</translation>
    </message>
    <message>
        <source>Exported on</source>
        <translation>导出日期</translation>
    </message>
    <message>
        <source>The results of {count} employees were exported to {path}.</source>
        <translation>已将 {count} 名员工的考核结果导出到 {path}。</translation>
    </message>
    <message>
        <source>Writing the results workbook…</source>
        <translation>正在写入考核结果工作簿…</translation>
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
    <name>ReviewerDialog</name>
    <message>
        <source>Change reviewer</source>
        <translation>更换评审人</translation>
    </message>
    <message>
        <source>{reviewer} reviews the appraisal of {name}.</source>
        <translation>{reviewer} 负责评审 {name} 的绩效考核。</translation>
    </message>
    <message>
        <source>The appraisal of {name} has no reviewer.</source>
        <translation>{name}的绩效考核没有评审人。</translation>
    </message>
    <message>
        <source>The &amp;default: the employee&apos;s supervisor, else the department head</source>
        <translation>默认(&amp;D)：员工的直接上级，没有则为部门负责人</translation>
    </message>
    <message>
        <source>Someone &amp;else</source>
        <translation>其他人(&amp;E)</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>原因 *</translation>
    </message>
    <message>
        <source>Choose an employee from the list.</source>
        <translation>请从列表中选择一名员工。</translation>
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
        <source>Contract type</source>
        <translation>合同类型</translation>
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
        <source>Roster</source>
        <translation>花名册</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>在职状态</translation>
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
        <source>Started working</source>
        <translation>参加工作时间</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>直接上级</translation>
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
        <source>Monthly salary</source>
        <translation>月薪</translation>
    </message>
    <message>
        <source>Leave date</source>
        <translation>离职日期</translation>
    </message>
</context>
<context>
    <name>RosterExportDialog</name>
    <message>
        <source>Export roster</source>
        <translation>导出花名册</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>员工范围</translation>
    </message>
    <message>
        <source>The employees the list shows now (its search and filters): {count}</source>
        <translation>列表当前显示的员工（按其搜索和筛选条件）：{count}</translation>
    </message>
    <message>
        <source>Everyone, including those who have left: {count}</source>
        <translation>全部员工，包括已离职人员：{count}</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Columns to export</source>
        <translation>要导出的列</translation>
    </message>
    <message>
        <source>{column} (masked)</source>
        <translation>{column}（已遮蔽）</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>None</source>
        <translation>全不选</translation>
    </message>
    <message>
        <source>Ticked columns are exported in this order (drag to change it). The list&apos;s shown columns are ticked.</source>
        <translation>勾选的列将按此顺序导出（拖动可调整顺序）。列表中当前显示的列已默认勾选。</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>CSV text (.csv, UTF-8)</source>
        <translation>CSV 文本（.csv，UTF-8）</translation>
    </message>
    <message>
        <source>Include unmasked ID numbers, bank accounts, salaries and phones</source>
        <translation>包含完整显示的证件号码、银行账号、工资和电话</translation>
    </message>
    <message>
        <source>Without this they are masked (1101**********002X). Recorded in the audit trail.</source>
        <translation>不勾选时，这些信息将被遮蔽（1101**********002X）。此操作会记入审计记录。</translation>
    </message>
    <message>
        <source>Roster {date}</source>
        <translation>花名册 {date}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>另存为：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>CSV text (*.csv)</source>
        <translation>CSV 文本 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export unmasked data</source>
        <translation>导出完整显示的数据</translation>
    </message>
    <message>
        <source>The file will hold full ID numbers, bank accounts, salaries and mobile numbers for the chosen columns. Anyone who gets the file can read them. The export is recorded in the audit trail.

Export them unmasked?</source>
        <translation>文件中所选列将包含完整的证件号码、银行账号、工资和手机号。任何拿到该文件的人都能读取这些信息。本次导出将记入审计记录。

确定完整导出这些信息吗？</translation>
    </message>
    <message>
        <source>Tick at least one column.</source>
        <translation>请至少勾选一列。</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>请选择文件的保存位置。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose another.</source>
        <translation>文件夹 {folder} 不存在。请另选一个。</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} 已存在。要替换吗？</translation>
    </message>
    <message>
        <source>{count} employees exported to {path}, with unmasked data. Keep the file safe and delete it when it is no longer needed.</source>
        <translation>已将 {count} 名员工导出到 {path}，包含完整显示的敏感信息。请妥善保管该文件，不再需要时请及时删除。</translation>
    </message>
    <message>
        <source>{count} employees exported to {path}.</source>
        <translation>已将 {count} 名员工导出到 {path}。</translation>
    </message>
    <message>
        <source>Writing the roster…</source>
        <translation>正在写入花名册…</translation>
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
    <name>ScopeEditor</name>
    <message>
        <source>Forms are made from the most specific template that fits each employee. Leave a list empty to mean anyone; a template with every list empty applies to everyone.</source>
        <translation>生成考核表时，为每位员工选用适用范围最具体的考核模板。列表留空表示不限；所有列表都留空的考核模板适用于所有人。</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>With sub-departments</source>
        <translation>含下级部门</translation>
    </message>
    <message>
        <source>{name} (closed)</source>
        <translation>{name}（已撤销）</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>{title} · {family}</source>
        <translation>{title} · {family}</translation>
    </message>
    <message>
        <source>Job families</source>
        <translation>职族</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Applies to: {scope}</source>
        <translation>适用范围：{scope}</translation>
    </message>
</context>
<context>
    <name>ScopeModel</name>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>With sub-departments</source>
        <translation>含下级部门</translation>
    </message>
</context>
<context>
    <name>SendBackDialog</name>
    <message>
        <source>Send back</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Send the appraisal form of {name} back to an earlier step.</source>
        <translation>将{name}的考核表退回到之前的环节。</translation>
    </message>
    <message>
        <source>Back to</source>
        <translation>退回至</translation>
    </message>
    <message>
        <source>What should be done again, and why</source>
        <translation>需要重新做什么，以及原因</translation>
    </message>
    <message>
        <source>The comment is kept in the form&apos;s log.</source>
        <translation>此意见将保存在考核表的操作记录中。</translation>
    </message>
    <message>
        <source>Comment *</source>
        <translation>意见 *</translation>
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
        <source>Saved. Documents printed from now on show it.</source>
        <translation>已保存。此后打印的文档将显示该信息。</translation>
    </message>
    <message>
        <source>Choose the company logo</source>
        <translation>选择公司标志</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The file {path} could not be read.</source>
        <translation>无法读取文件 {path}。</translation>
    </message>
    <message>
        <source>Logo saved. Documents printed from now on show it.</source>
        <translation>标志已保存。此后打印的文档将显示该标志。</translation>
    </message>
    <message>
        <source>Logo removed.</source>
        <translation>标志已删除。</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>无标志</translation>
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
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>Printed under the company name on appraisal sheets and dossiers. Saved with the name.</source>
        <translation>打印在考核表和人事档案上的公司名称下方。与公司名称一起保存。</translation>
    </message>
    <message>
        <source>Street, city, postcode, telephone</source>
        <translation>街道、城市、邮编、电话</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>选择标志(&amp;L)…</translation>
    </message>
    <message>
        <source>A PNG or JPEG picture, printed at the top left of every document.</source>
        <translation>PNG 或 JPEG 图片，打印在每份文档的左上角。</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>删除标志</translation>
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
    <message>
        <source>Name and period</source>
        <translation>名称与考核期</translation>
    </message>
    <message>
        <source>What the cycle appraises and by when each step should be done.</source>
        <translation>本考核周期考核什么，以及各环节的截止日期。</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Which one</source>
        <translation>第几期</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>考核期</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Filled in from the period; change them for a period of your own.</source>
        <translation>根据考核期自动填写；如使用自定义考核期，请自行修改。</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Low performance</source>
        <translation>绩效偏低</translation>
    </message>
    <message>
        <source>Results below</source>
        <translation>得分低于</translation>
    </message>
    <message>
        <source>count as low performance</source>
        <translation>视为绩效偏低</translation>
    </message>
    <message>
        <source>Low-score line</source>
        <translation>低分线</translation>
    </message>
    <message>
        <source>Q{number}</source>
        <translation>第 {number} 季度</translation>
    </message>
    <message>
        <source>First half</source>
        <translation>上半年</translation>
    </message>
    <message>
        <source>Second half</source>
        <translation>下半年</translation>
    </message>
    <message>
        <source>{year}-{month} appraisal</source>
        <translation>{year}年{month}月绩效考核</translation>
    </message>
    <message>
        <source>{year} Q{number} appraisal</source>
        <translation>{year} 年第 {number} 季度绩效考核</translation>
    </message>
    <message>
        <source>{year} first-half appraisal</source>
        <translation>{year} 年上半年绩效考核</translation>
    </message>
    <message>
        <source>{year} second-half appraisal</source>
        <translation>{year} 年下半年绩效考核</translation>
    </message>
    <message>
        <source>{year} annual appraisal</source>
        <translation>{year}年度绩效考核</translation>
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
    <name>TemplateEditor</name>
    <message>
        <source>{value} %</source>
        <translation>{value}%</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>差</translation>
    </message>
    <message>
        <source>Needs improvement</source>
        <translation>待改进</translation>
    </message>
    <message>
        <source>Meets expectations</source>
        <translation>符合预期</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name}（副本）</translation>
    </message>
    <message>
        <source>{path} and its sub-departments</source>
        <translation>{path} 及其下级部门</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>job family {family}</source>
        <translation>职族 {family}</translation>
    </message>
    <message>
        <source>grades {grades}</source>
        <translation>职级 {grades}</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Achieved at least (% of target)</source>
        <translation>完成率不低于（占目标值 %）</translation>
    </message>
    <message>
        <source>From this much of the target on, the band&apos;s score applies; list the highest first</source>
        <translation>完成目标值的比例达到此值时，按该分段的得分计；从最高的分段开始填写</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>The score for reaching this band</source>
        <translation>达到此分段时的得分</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>录入值</translation>
    </message>
    <message>
        <source>The number a scorer picks (1 to 5, for example)</source>
        <translation>评分人选择的分值（例如 1 到 5）</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The level&apos;s name, such as Good</source>
        <translation>档位名称，例如“良好”</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>What the behaviour at this level looks like</source>
        <translation>该档位对应的行为表现</translation>
    </message>
    <message>
        <source>The score this level gives</source>
        <translation>该档位对应的得分</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Each milestone met counts equally towards the score</source>
        <translation>每个达成的里程碑对得分的贡献相同</translation>
    </message>
    <message>
        <source>Veto item</source>
        <translation>否决项</translation>
    </message>
    <message>
        <source>What, when it happens, limits the whole appraisal</source>
        <translation>一旦发生即限制整个考核得分的事项</translation>
    </message>
    <message>
        <source>Final score at most</source>
        <translation>最终得分不超过</translation>
    </message>
    <message>
        <source>When triggered, the final score is at most this (0 zeroes it)</source>
        <translation>触发后，最终得分最高为此值（填 0 则计为 0 分）</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>考核标准</translation>
    </message>
    <message>
        <source>When the veto applies, in words</source>
        <translation>触发否决的情形说明</translation>
    </message>
    <message>
        <source>Bonus item</source>
        <translation>加分项</translation>
    </message>
    <message>
        <source>What earns points on top of the 100 %</source>
        <translation>在 100% 之外可加分的事项</translation>
    </message>
    <message>
        <source>Points at most</source>
        <translation>分值上限</translation>
    </message>
    <message>
        <source>The most this item can add</source>
        <translation>该项最多可加的分数</translation>
    </message>
    <message>
        <source>When the points are given, in words</source>
        <translation>加分条件说明</translation>
    </message>
    <message>
        <source>Deduction item</source>
        <translation>扣分项</translation>
    </message>
    <message>
        <source>What costs points outside the 100 %</source>
        <translation>在 100% 之外扣分的事项</translation>
    </message>
    <message>
        <source>The most this item can take off</source>
        <translation>该项最多可扣的分数</translation>
    </message>
    <message>
        <source>When the points are taken off, in words</source>
        <translation>扣分条件说明</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>The grade&apos;s name, such as S or A; the best first</source>
        <translation>等级名称，例如 S 或 A；最好的等级排在最前</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>最低分</translation>
    </message>
    <message>
        <source>A final score at least this reaches the grade</source>
        <translation>最终得分达到此分数即可评为该等级</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>The template has changes that are not saved. Save them before closing?</source>
        <translation>考核模板有尚未保存的修改。关闭前要保存吗？</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Scorers and grades</source>
        <translation>评分人与等级</translation>
    </message>
    <message>
        <source>Veto, bonus and deduction</source>
        <translation>否决项、加分项与扣分项</translation>
    </message>
    <message>
        <source>Where it applies</source>
        <translation>适用范围</translation>
    </message>
    <message>
        <source>New appraisal template</source>
        <translation>新建考核模板</translation>
    </message>
    <message>
        <source>“{name}”, version {number} (read only)</source>
        <translation>“{name}”，第 {number} 版（只读）</translation>
    </message>
    <message>
        <source>Edit “{name}”</source>
        <translation>编辑“{name}”</translation>
    </message>
    <message>
        <source>For example SALES</source>
        <translation>例如 SALES</translation>
    </message>
    <message>
        <source>For example: Sales staff appraisal</source>
        <translation>例如：销售人员绩效考核</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Add dimension</source>
        <translation>添加维度</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>添加指标</translation>
    </message>
    <message>
        <source>Remove the chosen dimension or indicator</source>
        <translation>删除所选的维度或指标</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Start with the dimensions (业绩, 能力, 态度 …), then add each dimension&apos;s indicators. Weights are percent of the whole appraisal: the dimensions total 100, and each dimension&apos;s weight is its indicators&apos; total.</source>
        <translation>先设置维度（业绩、能力、态度…），再为每个维度添加指标。权重是占整个考核的百分比：各维度权重合计为 100，每个维度的权重等于其下各指标权重之和。</translation>
    </message>
    <message>
        <source>Add the first dimension</source>
        <translation>添加第一个维度</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>A short code that stays the same when the name changes (written to Excel)</source>
        <translation>简短的编码，名称变更时保持不变（会写入 Excel）</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Its indicators</source>
        <translation>所含指标</translation>
    </message>
    <message>
        <source>Add an indicator to this dimension</source>
        <translation>为此维度添加指标</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Percent of the whole appraisal</source>
        <translation>占整个考核的百分比</translation>
    </message>
    <message>
        <source>How the indicator is judged, as the employee will read it on the form</source>
        <translation>指标的评价方式，员工会在考核表上看到这段说明</translation>
    </message>
    <message>
        <source>Evaluation standard</source>
        <translation>考核标准</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Target and scoring</source>
        <translation>目标值与计分方式</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>元, %, 个 …</source>
        <translation>元、%、个…</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Scoring rule</source>
        <translation>计分规则</translation>
    </message>
    <message>
        <source>The score never goes below this</source>
        <translation>得分不会低于此值</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>最高得分</translation>
    </message>
    <message>
        <source>The score never goes above this; above 100 rewards beating the target</source>
        <translation>得分不会超过此值；高于 100 表示对超额完成目标给予奖励</translation>
    </message>
    <message>
        <source>The first band the result reaches gives the score; list the highest first.</source>
        <translation>结果达到的第一个分段决定得分；请从最高分段开始列出。</translation>
    </message>
    <message>
        <source>Add band</source>
        <translation>添加等级</translation>
    </message>
    <message>
        <source>Score below every band</source>
        <translation>低于所有分段时的得分</translation>
    </message>
    <message>
        <source>Points per incident</source>
        <translation>每次扣分</translation>
    </message>
    <message>
        <source>Taken off for each incident</source>
        <translation>每次扣除的分数</translation>
    </message>
    <message>
        <source>Score with no incident</source>
        <translation>未发生时的得分</translation>
    </message>
    <message>
        <source>Where the deductions start</source>
        <translation>扣分的起始分数</translation>
    </message>
    <message>
        <source>Score when met</source>
        <translation>达标得分</translation>
    </message>
    <message>
        <source>The score when the target is met</source>
        <translation>达到目标值时的得分</translation>
    </message>
    <message>
        <source>Score when not met</source>
        <translation>不达标时得分</translation>
    </message>
    <message>
        <source>The score when it is not</source>
        <translation>不达标时的得分</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>评分等级表</translation>
    </message>
    <message>
        <source>The scorer picks one level; the level&apos;s score is the indicator&apos;s.</source>
        <translation>评分人选择一个档位，该档位的分数即为该指标的得分。</translation>
    </message>
    <message>
        <source>Add level</source>
        <translation>添加档位</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>The score is the share of milestones met × 100; every milestone counts equally.</source>
        <translation>得分 = 已完成里程碑所占比例 × 100；每个里程碑分量相同。</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>添加里程碑</translation>
    </message>
    <message>
        <source>Who scores</source>
        <translation>评分人</translation>
    </message>
    <message>
        <source>Each scorer&apos;s share of the indicator scores. A weight of 0: that person does not score with this template.</source>
        <translation>各评分人在指标得分中所占的比重。权重为 0 表示此人不按该考核模板评分。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>From the best grade down: a final score at least a grade&apos;s lowest score reaches it; below them all, the lowest grade.</source>
        <translation>从最高等级往下判断：最终得分达到某等级的最低分即评为该等级；低于所有等级的最低分时，评为最低等级。</translation>
    </message>
    <message>
        <source>Add grade</source>
        <translation>添加等级</translation>
    </message>
    <message>
        <source>Lowest grade</source>
        <translation>最低等级</translation>
    </message>
    <message>
        <source>These sit outside the 100 %: a veto limits the final score when it happens; bonus and deduction points are added or taken off, each within its bounds.</source>
        <translation>以下各项不计入 100%：否决项一旦触发，将限制最终得分；加分项和扣分项在各自的上限内加分或扣分。</translation>
    </message>
    <message>
        <source>Add veto item</source>
        <translation>添加否决项</translation>
    </message>
    <message>
        <source>Add bonus item</source>
        <translation>添加加分项</translation>
    </message>
    <message>
        <source>Add deduction item</source>
        <translation>添加扣分项</translation>
    </message>
    <message>
        <source>Bonus total at most</source>
        <translation>加分合计上限</translation>
    </message>
    <message>
        <source>Deduction total at most</source>
        <translation>扣分项合计上限</translation>
    </message>
    <message>
        <source>Version {number} is kept as it was: forms scored with it keep it. It cannot be changed here; edit the template to make a new version.</source>
        <translation>第 {number} 版保持原样：用该版本评分的考核表继续使用它。此处不能修改；如需修改，请编辑考核模板以生成新版本。</translation>
    </message>
    <message>
        <source>Forms use version {number} of this template. Saving your changes makes version {next}; the forms made so far keep version {number}.</source>
        <translation>已有考核表在使用此考核模板的版本 {number}。保存修改将生成版本 {next}；已生成的考核表仍使用版本 {number}。</translation>
    </message>
    <message>
        <source>Dimensions total {total} ✓</source>
        <translation>维度合计 {total} ✓</translation>
    </message>
    <message>
        <source>{total} ✓</source>
        <translation>{total} ✓</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>indicators total {total} ✓</source>
        <translation>指标合计 {total} ✓</translation>
    </message>
    <message>
        <source>{name}: {sentence}</source>
        <translation>{name}：{sentence}</translation>
    </message>
    <message>
        <source>{place} › {field}</source>
        <translation>{place} › {field}</translation>
    </message>
    <message>
        <source>Dimension {number}</source>
        <translation>维度 {number}</translation>
    </message>
    <message>
        <source>Indicator {number}</source>
        <translation>指标 {number}</translation>
    </message>
    <message>
        <source>{dimension} › {indicator}</source>
        <translation>{dimension} › {indicator}</translation>
    </message>
    <message>
        <source>{kind} item {number}</source>
        <translation>{kind}第 {number} 项</translation>
    </message>
    <message>
        <source>{place}: {sentence}</source>
        <translation>{place}：{sentence}</translation>
    </message>
    <message>
        <source>To solve before saving ({count}): click one to go there.</source>
        <translation>保存前需解决的问题（{count}）：点击即可跳转到相应位置。</translation>
    </message>
    <message>
        <source>No problems: the template can be saved.</source>
        <translation>没有问题：可以保存该考核模板。</translation>
    </message>
    <message>
        <source>Solve the problems listed first</source>
        <translation>请先解决列出的问题</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Not saved yet: {count} problems are listed above. Solve them, then save.</source>
        <translation>尚未保存：上方列出了 {count} 个问题。请解决后再保存。</translation>
    </message>
</context>
<context>
    <name>TemplateTableModel</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>The template&apos;s short code (also in its Excel workbook)</source>
        <translation>考核模板的简短编码（也写在其 Excel 工作簿中）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The template&apos;s name, as forms show it</source>
        <translation>考核模板名称，即考核表上显示的名称</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>最新版本</translation>
    </message>
    <message>
        <source>The latest version: new forms are made from it</source>
        <translation>最新版本：新的考核表将依此生成</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本数</translation>
    </message>
    <message>
        <source>How many versions exist; each form keeps the version it was made with</source>
        <translation>已有的版本数；每份考核表沿用生成时的版本</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>考核表</translation>
    </message>
    <message>
        <source>Appraisal forms made from any of its versions</source>
        <translation>由其任一版本生成的考核表</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用范围</translation>
    </message>
    <message>
        <source>The departments, positions and grades whose employees get this template</source>
        <translation>适用此考核模板的员工所在的部门、岗位和职级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>A retired template gives no new forms; forms that use it keep it</source>
        <translation>已停用的考核模板不再生成新的考核表；已使用该模板的考核表保持不变</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
</context>
<context>
    <name>TemplateTreeModel</name>
    <message>
        <source>Dimension / indicator</source>
        <translation>维度 / 指标</translation>
    </message>
    <message>
        <source>Dimensions with their indicators; double-click a name to change it</source>
        <translation>各维度及其指标；双击名称可修改</translation>
    </message>
    <message>
        <source>Weight (%)</source>
        <translation>权重（%）</translation>
    </message>
    <message>
        <source>Percent of the whole appraisal; a dimension&apos;s weight equals its indicators&apos; total, and the dimensions total 100</source>
        <translation>占整个考核的百分比；维度权重等于其下指标权重之和，各维度合计为 100</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Quantitative (measured against a target), qualitative (rated on a scale) or process (a checklist)</source>
        <translation>定量（对照目标值衡量）、定性（按评分等级表评定）或过程（按检查清单）</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>计分方式</translation>
    </message>
    <message>
        <source>How a quantitative indicator&apos;s result becomes a score</source>
        <translation>定量指标的结果如何换算为得分</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Whether more or less of a quantitative indicator is better</source>
        <translation>定量指标是越高越好还是越低越好</translation>
    </message>
    <message>
        <source>Its indicators total {total} of {weight}</source>
        <translation>其下指标合计 {total}，维度权重为 {weight}</translation>
    </message>
    <message>
        <source>(new dimension: type its name)</source>
        <translation>（新维度：请输入名称）</translation>
    </message>
    <message>
        <source>(new indicator: type its name)</source>
        <translation>（新指标：请输入名称）</translation>
    </message>
    <message>
        <source>Rating scale, {count} levels</source>
        <translation>评分等级表，{count} 个档位</translation>
    </message>
    <message>
        <source>Checklist, {count} milestones</source>
        <translation>里程碑清单，{count} 个里程碑</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>An appraisal template exported from EHR Desktop. Edit it in Excel or WPS and import it again: a template with the same code becomes its next version, and forms already made keep theirs.</source>
        <translation>从 EHR Desktop 导出的考核模板。可在 Excel 或 WPS 中编辑后重新导入：编码相同的考核模板会成为其下一个版本，已生成的考核表仍沿用原来的版本。</translation>
    </message>
    <message>
        <source>The first row of each sheet is its header: keep the header words; add or remove rows freely.</source>
        <translation>每个工作表的第一行是表头：请保留表头文字；其他行可以自由增删。</translation>
    </message>
    <message>
        <source>Weights are percent of the whole appraisal: a dimension&apos;s weight equals the total of its indicators, and the dimensions total 100. Write 30, 30% or 0.3.</source>
        <translation>权重是占整个考核的百分比：维度权重等于其下各指标权重之和，各维度合计为 100。可写作 30、30% 或 0.3。</translation>
    </message>
    <message>
        <source>Write a dimension once, on the row of its first indicator (merged cells are fine).</source>
        <translation>每个维度只需填写一次，写在其第一个指标所在的行（可以使用合并单元格）。</translation>
    </message>
    <message>
        <source>Bands are written achievement:score, highest first, separated by semicolons, for example 100:100; 90:80; 80:60; the score below every band as else:0.</source>
        <translation>分段写作“完成率:得分”，从高到低排列，用分号分隔，例如 100:100; 90:80; 80:60；低于所有分段时的得分写作 else:0。</translation>
    </message>
    <message>
        <source>A rating scale is written value=label:score, for example 1=Poor:0; 5=Excellent:100; level descriptions as 5=description.</source>
        <translation>评分等级表的写法为 值=名称:得分，例如 1=差:0; 5=优秀:100；档位说明写作 5=说明。</translation>
    </message>
    <message>
        <source>Where the template applies (departments, positions, grades) is set in the app, not in the workbook.</source>
        <translation>考核模板的适用范围（部门、岗位、职级）在软件中设置，不在工作簿中设置。</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>新建考核模板</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Show retired templates</source>
        <translation>显示已停用的考核模板</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>New template…</source>
        <translation>新建考核模板…</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Each form keeps the version it was made with. Editing a version that forms use makes a new one.</source>
        <translation>每份考核表都保留生成时所用的版本。编辑已被考核表使用的版本时，会生成新版本。</translation>
    </message>
    <message>
        <source>View this version</source>
        <translation>查看此版本</translation>
    </message>
    <message>
        <source>Export this version…</source>
        <translation>导出此版本…</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>恢复启用</translation>
    </message>
    <message>
        <source>Offer this template to new forms again</source>
        <translation>恢复启用此考核模板，供新考核表使用</translation>
    </message>
    <message>
        <source>Offer this template to no new form; forms that use it keep it</source>
        <translation>不再用此考核模板生成新的考核表；已使用该模板的考核表保持不变</translation>
    </message>
    <message>
        <source>No appraisal templates yet. Create one with New template, or import one from an Excel workbook.</source>
        <translation>还没有考核模板。请用“新建考核模板”创建，或从 Excel 工作簿导入。</translation>
    </message>
    <message>
        <source>Choose a template on the left to see its versions.</source>
        <translation>在左侧选择一个考核模板，即可查看其各个版本。</translation>
    </message>
    <message>
        <source>Code {code} · latest version {number} · {dimensions} dimensions, {indicators} indicators · {forms} forms</source>
        <translation>编码 {code} · 最新为第 {number} 版 · {dimensions} 个维度，{indicators} 项指标 · {forms} 份考核表</translation>
    </message>
    <message>
        <source>Applies to: {scope}</source>
        <translation>适用范围：{scope}</translation>
    </message>
    <message>
        <source>Nothing was changed in “{name}”.</source>
        <translation>“{name}”没有任何修改。</translation>
    </message>
    <message>
        <source>“{name}” is saved as version {number}. The forms made with version {old} keep it; new forms get version {number}.</source>
        <translation>“{name}”已保存为第 {number} 版。用第 {old} 版生成的考核表继续使用该版本；新的考核表将使用第 {number} 版。</translation>
    </message>
    <message>
        <source>“{name}” is saved.</source>
        <translation>“{name}”已保存。</translation>
    </message>
    <message>
        <source>“{name}” is offered to new forms again.</source>
        <translation>“{name}”已恢复启用，可用于新考核表。</translation>
    </message>
    <message>
        <source>“{name}” is retired: it gives no new forms; forms that use it keep it. Tick Show retired templates to bring it back.</source>
        <translation>“{name}”已停用：不再生成新的考核表，已使用该模板的考核表保持不变。勾选“显示已停用的考核模板”后可恢复启用。</translation>
    </message>
    <message>
        <source>Import an appraisal template</source>
        <translation>导入考核模板</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <source>{file} is imported as the new template “{name}”.</source>
        <translation>{file} 已导入为新考核模板“{name}”。</translation>
    </message>
    <message>
        <source>{file} holds exactly version {number} of “{name}”; nothing was changed.</source>
        <translation>{file} 与“{name}”的版本 {number} 完全相同；没有做任何修改。</translation>
    </message>
    <message>
        <source>{file} is imported as version {number} of “{name}”. Forms made with earlier versions keep theirs; where it applies stays as set here.</source>
        <translation>{file} 已导入为“{name}”的第 {number} 版。用之前版本生成的考核表继续使用原版本；适用范围保持此处的设置。</translation>
    </message>
    <message>
        <source>{file} was not imported: {reason}</source>
        <translation>{file} 未导入：{reason}</translation>
    </message>
    <message>
        <source>{file} was not imported: it has 1 problem. Correct it in Excel and import the file again. Nothing was changed.</source>
        <translation>{file} 未导入：有 1 个问题。请在 Excel 中改正后重新导入该文件。没有做任何更改。</translation>
    </message>
    <message>
        <source>{file} was not imported: it has {count} problems. Correct them in Excel and import the file again. Nothing was changed.</source>
        <translation>{file} 未导入：其中有 {count} 个问题。请在 Excel 中更正后重新导入该文件。没有做任何修改。</translation>
    </message>
    <message>
        <source>{code} {name} version {number}.xlsx</source>
        <translation>{code} {name} 第{number}版.xlsx</translation>
    </message>
    <message>
        <source>Export the template to Excel</source>
        <translation>将考核模板导出为 Excel</translation>
    </message>
    <message>
        <source>Exported to {file}.</source>
        <translation>已导出到 {file}。</translation>
    </message>
    <message>
        <source>The workbook could not be saved: {reason}</source>
        <translation>无法保存 Excel 工作簿：{reason}</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>正在写入 {file}…</translation>
    </message>
    <message>
        <source>The workbook has no sheet “{sheet}”. Add it; the example workbook shows the layout.</source>
        <translation>工作簿中没有工作表“{sheet}”。请添加该工作表，格式可参照示例工作簿。</translation>
    </message>
    <message>
        <source>Two sheets mean the same. Keep one of them.</source>
        <translation>有两个工作表表示同一内容，请只保留其中一个。</translation>
    </message>
    <message>
        <source>No header row was found in the first ten rows. It needs the columns {expected}.</source>
        <translation>前 10 行中没有找到标题行。标题行须包含以下列：{expected}。</translation>
    </message>
    <message>
        <source>The column “{column}” is missing. Add it to the header row.</source>
        <translation>缺少“{column}”列。请将其添加到表头行。</translation>
    </message>
    <message>
        <source>This column is there twice. Keep one of them.</source>
        <translation>此列出现了两次，请只保留其中一列。</translation>
    </message>
    <message>
        <source>This label is there twice. Keep one of them.</source>
        <translation>此标签出现了两次，请只保留其中一个。</translation>
    </message>
    <message>
        <source>This label means nothing to the app, so its value cannot be read. Check its spelling, or delete the row.</source>
        <translation>软件无法识别此标签，因此无法读取它的值。请检查拼写，或删除该行。</translation>
    </message>
    <message>
        <source>More than {limit} indicators. Split the template into several.</source>
        <translation>指标超过 {limit} 个。请将考核模板拆分为几个。</translation>
    </message>
    <message>
        <source>More than {limit} veto, bonus and deduction items.</source>
        <translation>否决项、加分项和扣分项超过 {limit} 项。</translation>
    </message>
    <message>
        <source>This cell must be filled in.</source>
        <translation>此单元格必须填写。</translation>
    </message>
    <message>
        <source>“{value}” is not a number. Write digits only, for example 30 or 30%.</source>
        <translation>“{value}”不是数字。请只填写数字，例如 30 或 30%。</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number.</source>
        <translation>“{value}”不是整数。</translation>
    </message>
    <message>
        <source>“{value}” is not one of the words this column takes: {expected}.</source>
        <translation>“{value}”不是此列可接受的词：{expected}。</translation>
    </message>
    <message>
        <source>This cell must stay empty for this kind of indicator or scoring rule.</source>
        <translation>对于此类指标或计分方式，此单元格必须留空。</translation>
    </message>
    <message>
        <source>“{entry}” is not a band. Write achievement:score, highest first, for example 100:100; 90:80.</source>
        <translation>“{entry}”不是有效的分段。请按“完成率:得分”填写，从高到低排列，例如 100:100; 90:80。</translation>
    </message>
    <message>
        <source>“{entry}” is not a level of a rating scale. Write value=label:score, for example 5=优秀:100.</source>
        <translation>“{entry}”不是有效的评分档位。请写作 值=名称:得分，例如 5=优秀:100。</translation>
    </message>
    <message>
        <source>“{entry}” is not a level description. Write value=description, for example 5=能带教新人.</source>
        <translation>“{entry}”不是有效的等级描述。请写成“等级值=描述”，例如 5=能带教新人。</translation>
    </message>
    <message>
        <source>There is a description for level {value}, which the rating scale does not have.</source>
        <translation>填写了档位 {value} 的描述，但评分等级表中没有这个档位。</translation>
    </message>
    <message>
        <source>The rows of dimension “{name}” must be together; it appears again after another dimension.</source>
        <translation>维度“{name}”的各行必须连在一起；它在其他维度之后又出现了一次。</translation>
    </message>
    <message>
        <source>The dimension&apos;s weight is {first} above and {value} here. Write it once.</source>
        <translation>该维度的权重在上方为 {first}，此处为 {value}。请只填写一次。</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook this app can read. Save it from Excel or WPS as .xlsx and try again.</source>
        <translation>该文件不是本软件能读取的 Excel 工作簿。请在 Excel 或 WPS 中另存为 .xlsx 格式后重试。</translation>
    </message>
    <message>
        <source>The workbook is protected with a password. Remove the password in Excel or WPS, save, and try again.</source>
        <translation>该工作簿设有密码保护。请在 Excel 或 WPS 中取消密码并保存，然后重试。</translation>
    </message>
    <message>
        <source>The workbook is empty.</source>
        <translation>Excel 工作簿是空的。</translation>
    </message>
    <message>
        <source>The file cannot be read safely (too large, damaged, or built in a way Excel and WPS never write). Check that it is the right file.</source>
        <translation>无法安全读取该文件（文件过大、已损坏，或其结构不是 Excel 和 WPS 会生成的）。请确认是否选对了文件。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>sheet “{sheet}”</source>
        <translation>工作表“{sheet}”</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>第 {row} 行</translation>
    </message>
    <message>
        <source>column {column} (“{header}”)</source>
        <translation>第 {column} 列（“{header}”）</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>{column} 列</translation>
    </message>
    <message>
        <source>the workbook</source>
        <translation>工作簿</translation>
    </message>
    <message>
        <source>{place}: {sentence}</source>
        <translation>{place}：{sentence}</translation>
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
    <name>UnfinishedFormModel</name>
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
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Where the form is now</source>
        <translation>考核表当前所处的环节</translation>
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
        <source>Audit trail complete up to its last entry</source>
        <translation>审计记录完整，直至最后一条</translation>
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
    <name>VersionTableModel</name>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>The version&apos;s number</source>
        <translation>版本号</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>When the version was saved</source>
        <translation>该版本的保存时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Who saved it</source>
        <translation>保存人</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>考核表</translation>
    </message>
    <message>
        <source>Forms made with this version; they keep it</source>
        <translation>用此版本生成的考核表；这些考核表会一直沿用此版本</translation>
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
<context>
    <name>WorkbookProblemModel</name>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>The workbook&apos;s sheet</source>
        <translation>所在工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>The row number as Excel shows it</source>
        <translation>Excel 中显示的行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>The column letter and its header</source>
        <translation>列字母及其列标题</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>What to correct</source>
        <translation>需要更正的内容</translation>
    </message>
</context>
<context>
    <name>WorkforceReport</name>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Hires</source>
        <translation>入职</translation>
    </message>
    <message>
        <source>Leavers</source>
        <translation>离职</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>离职率</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Opening headcount</source>
        <translation>月初人数</translation>
    </message>
    <message>
        <source>Transfers in</source>
        <translation>调入</translation>
    </message>
    <message>
        <source>Transfers out</source>
        <translation>调出</translation>
    </message>
    <message>
        <source>Closing headcount</source>
        <translation>月末人数</translation>
    </message>
    <message>
        <source>Average headcount</source>
        <translation>平均人数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>统计期间</translation>
    </message>
    <message>
        <source>Whole company</source>
        <translation>全公司</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>无部门</translation>
    </message>
    <message>
        <source>{department} (closed)</source>
        <translation>{department}（已撤销）</translation>
    </message>
    <message>
        <source>Period: {first} – {last}</source>
        <translation>统计期间：{first} – {last}</translation>
    </message>
    <message>
        <source>Headcount: employees on the books at the end of the day (probation and leave included).</source>
        <translation>人数：当天结束时在册的员工（含试用期和休假人员）。</translation>
    </message>
    <message>
        <source>Hires include rehires; a leaver counts in the month of the leaving date.</source>
        <translation>入职人数包含再入职；离职人员计入离职日期所在的月份。</translation>
    </message>
    <message>
        <source>A department&apos;s figures include its sub-departments; a transfer counts only between the departments it leaves and enters.</source>
        <translation>部门数据包含其下级部门；调动仅在调出部门和调入部门之间计算。</translation>
    </message>
    <message>
        <source>Average headcount = (opening + closing) ÷ 2.</source>
        <translation>平均人数 =（月初人数 + 月末人数）÷ 2。</translation>
    </message>
    <message>
        <source>Turnover = leavers ÷ average headcount; for the period: the period&apos;s leavers ÷ the mean of the monthly average headcounts.</source>
        <translation>离职率 = 离职人数 ÷ 平均人数；整个统计期间：期间离职人数 ÷ 各月平均人数的平均值。</translation>
    </message>
</context>
<context>
    <name>WorkforceReportDialog</name>
    <message>
        <source>Workforce report</source>
        <translation>人员统计报表</translation>
    </message>
    <message>
        <source>Workforce report {date}</source>
        <translation>人员统计报表 {date}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>From month:</source>
        <translation>起始月份：</translation>
    </message>
    <message>
        <source>To month:</source>
        <translation>截止月份：</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>另存为：</translation>
    </message>
    <message>
        <source>Write report</source>
        <translation>生成报表</translation>
    </message>
    <message>
        <source>Headcount at each month&apos;s end, hires, leavers, transfers and turnover for every department (with its sub-departments) and the whole company, from the employees&apos; recorded steps. Preset: the last twelve complete months.</source>
        <translation>根据员工的任职变动记录，统计各部门（含下级部门）及全公司的月末人数、入职、离职、调动和离职率。默认：最近十二个完整月份。</translation>
    </message>
    <message>
        <source>The last month comes before the first. Choose the months again.</source>
        <translation>截止月份早于起始月份。请重新选择月份。</translation>
    </message>
    <message>
        <source>Choose at most {months} months.</source>
        <translation>最多只能选择 {months} 个月。</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>请选择文件的保存位置。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose another.</source>
        <translation>文件夹 {folder} 不存在。请另选一个。</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The workforce report for {first} – {last} was written to {path}.</source>
        <translation>已将 {first} – {last} 的人员统计报表保存到 {path}。</translation>
    </message>
    <message>
        <source>Counting and writing the report…</source>
        <translation>正在统计并生成报表…</translation>
    </message>
</context>
</TS>
