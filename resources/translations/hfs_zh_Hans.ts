<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_Hans">
<context>
    <name>ClinicProfileDialog</name>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="65"/>
        <source>Clinic profile</source>
        <translation>诊所资料</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="73"/>
        <source>Every new consultation starts with these. They describe your clinic; nothing about patients is stored here.</source>
        <translation>每次新建就诊都从这些信息开始。它们描述您的诊所；这里不保存任何患者信息。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="91"/>
        <source>The care team&apos;s daytime number</source>
        <translation>医疗团队白天的电话</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="93"/>
        <source>Nights and weekends</source>
        <translation>晚上和周末</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="95"/>
        <source>For example 999, 112 or 911</source>
        <translation>例如 999、112 或 911</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="98"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="99"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="101"/>
        <source>Clinic &amp;name</source>
        <translation>诊所名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="102"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="103"/>
        <source>&amp;Out-of-hours phone</source>
        <translation>非工作时间电话(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="104"/>
        <source>&amp;Emergency number</source>
        <translation>急救电话(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="105"/>
        <source>Default &amp;clinician</source>
        <translation>默认接诊人员(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="106"/>
        <source>Default pape&amp;r</source>
        <translation>默认纸张(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="109"/>
        <source>Optional: PNG or JPEG, up to 5 MB</source>
        <translation>可选：PNG 或 JPEG，最大 5 MB</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="110"/>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="112"/>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="120"/>
        <source>&amp;Logo</source>
        <translation>标志(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="131"/>
        <source>Optional: your own results (TOML or JSON); see docs/content-format.md</source>
        <translation>可选：您自己的结果（TOML 或 JSON）；见 docs/content-format.md</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="133"/>
        <source>Choose &amp;file…</source>
        <translation>选择文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="140"/>
        <source>Clinic o&amp;utcome figures</source>
        <translation>诊所结果数据(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="183"/>
        <source>The clinic name</source>
        <translation>诊所名称</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="184"/>
        <source>The phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="185"/>
        <source>The out-of-hours phone number</source>
        <translation>非工作时间电话</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="186"/>
        <source>The emergency number</source>
        <translation>急救电话</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="187"/>
        <source>The clinician&apos;s name</source>
        <translation>接诊人员姓名</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="191"/>
        <source>{what} is {n} characters; the limit is {limit}.</source>
        <translation>{what}有 {n} 个字符；上限是 {limit}。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="216"/>
        <source>This file cannot be used:</source>
        <translation>无法使用这个文件：</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="222"/>
        <source>Choose the clinic&apos;s outcome figures</source>
        <translation>选择诊所自己的结果数据</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="223"/>
        <source>Outcome figures (*.toml *.json)</source>
        <translation>结果数据 (*.toml *.json)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="229"/>
        <source>Choose the clinic logo</source>
        <translation>选择诊所标志</translation>
    </message>
</context>
<context>
    <name>Counter</name>
    <message>
        <location filename="../../hfs_desktop/ui/widgets.py" line="96"/>
        <source> — {n:,} too many</source>
        <translation> — 多了 {n:,} 个</translation>
    </message>
</context>
<context>
    <name>HandoutPage</name>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="77"/>
        <source>This is exactly what will print.</source>
        <translation>打印出来就是这样。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="80"/>
        <source>Sections</source>
        <translation>部分</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="97"/>
        <source>Use &amp;recommended sections</source>
        <translation>使用推荐的部分(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="102"/>
        <source>&amp;Paper size</source>
        <translation>纸张大小(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="105"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="106"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="110"/>
        <source>&amp;Large print (14 pt and more)</source>
        <translation>大字版（14 磅及以上）(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="113"/>
        <source>Add a t&amp;witch diary page</source>
        <translation>加一页抽搐日记(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="114"/>
        <source>Print &quot;Check your &amp;understanding&quot;</source>
        <translation>打印“看看您是否理解了”(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="119"/>
        <source>&amp;Save PDF…</source>
        <translation>保存 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="122"/>
        <source>Pr&amp;int…</source>
        <translation>打印(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="135"/>
        <source>Handout preview</source>
        <translation>资料预览</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="192"/>
        <source>Recommended for this stage: {names}.</source>
        <translation>这个阶段推荐：{names}。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="196"/>
        <source>Your own choice. Recommended: {names}.</source>
        <translation>您自己的选择。推荐：{names}。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="230"/>
        <source>Preparing the preview…</source>
        <translation>正在准备预览…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="256"/>
        <source>Preview up to date: {n} pages, {paper}.</source>
        <translation>预览已更新：{n} 页，{paper}。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="265"/>
        <source>The preview could not be made. Your work is safe; try again after the next change. ({kind})</source>
        <translation>无法生成预览。您的内容是安全的；下次修改后会再试。({kind})</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="273"/>
        <source>Updating the preview…</source>
        <translation>正在更新预览…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="83"/>
        <source>Patient &amp; visit</source>
        <translation>患者与就诊</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="84"/>
        <source>The surgery</source>
        <translation>手术</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="85"/>
        <source>Recovery</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="86"/>
        <source>If twitching returns</source>
        <translation>如果抽搐复发</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="87"/>
        <source>Second surgery</source>
        <translation>再次手术</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="88"/>
        <source>Questions &amp; notes</source>
        <translation>问题与备注</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="89"/>
        <source>Handout</source>
        <translation>资料</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="102"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="103"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="104"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="105"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="106"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="285"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="300"/>
        <source>← Back</source>
        <translation>← 返回</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="301"/>
        <source>Next →</source>
        <translation>下一步 →</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="303"/>
        <source>Previous step (Alt+Left or Ctrl+Page Up)</source>
        <translation>上一步（Alt+左箭头 或 Ctrl+Page Up）</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="304"/>
        <source>Next step (Alt+Right or Ctrl+Page Down)</source>
        <translation>下一步（Alt+右箭头 或 Ctrl+Page Down）</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="353"/>
        <source>&amp;New consultation</source>
        <translation>新建就诊(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="355"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="356"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="357"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="359"/>
        <source>Save handout as &amp;PDF…</source>
        <translation>把资料保存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="361"/>
        <source>P&amp;rint handout…</source>
        <translation>打印资料(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="363"/>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="365"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="386"/>
        <source>&amp;Larger text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="389"/>
        <source>&amp;Smaller text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="392"/>
        <source>&amp;Normal text size</source>
        <translation>正常文字大小(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="395"/>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="409"/>
        <source>&amp;Next step</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="412"/>
        <source>&amp;Previous step</source>
        <translation>上一步(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="415"/>
        <source>Step &amp;list</source>
        <translation>步骤列表(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="432"/>
        <source>&amp;Clinic profile…</source>
        <translation>诊所资料(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="437"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="439"/>
        <source>&amp;About HFS Counsel</source>
        <translation>关于 HFS Counsel(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="470"/>
        <source>Step {n} of {total} · {title}</source>
        <translation>第 {n} 步，共 {total} 步 · {title}</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="543"/>
        <source>Text size {n} %</source>
        <translation>文字大小 {n} %</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="568"/>
        <source>Settings could not be saved: {reason}</source>
        <translation>设置无法保存：{reason}</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="580"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="582"/>
        <source>This consultation has changes that are not saved.

Save them before you {doing}?</source>
        <translation>这次就诊有未保存的修改。

要在{doing}之前保存吗？</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="594"/>
        <source>start a new consultation</source>
        <translation>开始新的就诊</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="598"/>
        <source>New consultation started.</source>
        <translation>已开始新的就诊。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="602"/>
        <source>open another consultation</source>
        <translation>打开另一次就诊</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="605"/>
        <source>Open a consultation</source>
        <translation>打开就诊记录</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="621"/>
        <location filename="../../hfs_desktop/ui/main_window.py" line="629"/>
        <source>This file cannot be opened</source>
        <translation>无法打开这个文件</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="622"/>
        <source>{name} is not a consultation HFS Counsel can open:</source>
        <translation>{name} 不是 HFS Counsel 能打开的就诊记录：</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="633"/>
        <source>Opened {name}.</source>
        <translation>已打开 {name}。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="642"/>
        <location filename="../../hfs_desktop/ui/main_window.py" line="660"/>
        <source>saved</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="646"/>
        <source>Save the consultation</source>
        <translation>保存就诊记录</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="665"/>
        <location filename="../../hfs_desktop/ui/main_window.py" line="668"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="672"/>
        <source>Saved {name}.</source>
        <translation>已保存 {name}。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="688"/>
        <source>Please check a few things</source>
        <translation>请检查几处地方</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="689"/>
        <source>The consultation cannot be {what} yet:</source>
        <translation>这次就诊还不能{what}：</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="735"/>
        <source>Preparing the handout…</source>
        <translation>正在准备资料…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="762"/>
        <source>printed or saved as a PDF</source>
        <translation>打印或保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="768"/>
        <source>Handout not ready</source>
        <translation>资料还没准备好</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="769"/>
        <source>The handout could not be made. Please try again.</source>
        <translation>无法生成资料。请再试一次。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="781"/>
        <source>Save the handout as PDF</source>
        <translation>把资料保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="790"/>
        <source>PDF not saved</source>
        <translation>PDF 未保存</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="793"/>
        <source>Handout saved as {name}.</source>
        <translation>资料已保存为 {name}。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="827"/>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="840"/>
        <source>Not printed</source>
        <translation>不打印</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="862"/>
        <source>The clinic profile applies from the next new consultation.</source>
        <translation>诊所资料从下一次新建就诊开始生效。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="870"/>
        <source>Next / previous step</source>
        <translation>下一步 / 上一步</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="871"/>
        <source>Go to step 1–7</source>
        <translation>转到第 1–7 步</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="872"/>
        <source>The list of steps</source>
        <translation>步骤列表</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="873"/>
        <source>New consultation</source>
        <translation>新建就诊</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="874"/>
        <source>Open / Save / Save as</source>
        <translation>打开 / 保存 / 另存为</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="875"/>
        <source>Save handout as PDF</source>
        <translation>把资料保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="876"/>
        <source>Print / Print preview</source>
        <translation>打印 / 打印预览</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="877"/>
        <source>Larger / smaller / normal text</source>
        <translation>放大 / 缩小 / 正常文字</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="878"/>
        <source>Presentation mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="878"/>
        <source>F11 (Esc leaves it)</source>
        <translation>F11（按 Esc 退出）</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="879"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="882"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="892"/>
        <source>About HFS Counsel</source>
        <translation>关于 HFS Counsel</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="894"/>
        <source>HFS Counsel {version}
Counseling content {content} (reviewed {review}).

Patient details stay in memory until you save a file you choose.</source>
        <translation>HFS Counsel {version}
咨询内容 {content}（审核日期 {review}）。

患者信息只保存在内存中，直到您把它保存到您选择的文件里。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="905"/>
        <source>close HFS Counsel</source>
        <translation>关闭 HFS Counsel</translation>
    </message>
</context>
<context>
    <name>PatientPage</name>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="86"/>
        <source>Who the handout is for, and where they are in their care. The stage decides which topics are recommended.</source>
        <translation>资料是给谁的，以及患者处在治疗的哪个阶段。阶段决定推荐哪些主题。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="104"/>
        <source>Full name, as it should print</source>
        <translation>全名，按打印时的写法</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="105"/>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="110"/>
        <source>characters</source>
        <translation>个字符</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="106"/>
        <source>Patient &amp;name</source>
        <translation>患者姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="109"/>
        <source>Optional: what they like to be called</source>
        <translation>可选：患者喜欢的称呼</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="112"/>
        <source>&amp;Preferred name</source>
        <translation>常用称呼(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="122"/>
        <source>e.g. 1958, or leave blank</source>
        <translation>例如 1958，或者留空</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="124"/>
        <source>&amp;Year of birth</source>
        <translation>出生年份(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="133"/>
        <source>Left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="134"/>
        <source>Right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="135"/>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="142"/>
        <source>Affected &amp;side</source>
        <translation>患侧(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="150"/>
        <source>Before surgery</source>
        <translation>手术前</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="151"/>
        <source>After surgery</source>
        <translation>手术后</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="152"/>
        <source>Considering a second surgery</source>
        <translation>考虑再次手术</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="155"/>
        <source>Stag&amp;e</source>
        <translation>阶段(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="158"/>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="289"/>
        <source>Choose how it is going</source>
        <translation>选择目前的情况</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="160"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="161"/>
        <source>Improving</source>
        <translation>在好转</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="162"/>
        <source>Unchanged</source>
        <translation>没有变化</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="163"/>
        <source>Came back after stopping</source>
        <translation>停止后又回来了</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="166"/>
        <source>T&amp;witching since surgery</source>
        <translation>手术以来的抽搐(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="176"/>
        <source>Surgery &amp;date</source>
        <translation>手术日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="177"/>
        <source>V&amp;isit date</source>
        <translation>就诊日期(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="180"/>
        <source>Who is seeing the patient today</source>
        <translation>今天谁接诊这位患者</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="181"/>
        <source>&amp;Clinician</source>
        <translation>接诊人员(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="185"/>
        <source>Clinic</source>
        <translation>诊所</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="278"/>
        <source>Not set: add it in Tools ▸ Clinic profile</source>
        <translation>未设置：请在 工具 ▸ 诊所资料 中添加</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="286"/>
        <source>Choose the date</source>
        <translation>选择日期</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="286"/>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="289"/>
        <source>Not yet</source>
        <translation>还没有</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="357"/>
        <source>Type all four digits of the year, for example 1958.</source>
        <translation>请输入四位数的年份，例如 1958。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="385"/>
        <source>Type the patient&apos;s name. It is needed to save and for the handout.</source>
        <translation>请输入患者姓名。保存和生成资料都需要它。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="388"/>
        <source>Choose how the twitching has been since surgery.</source>
        <translation>选择手术以来抽搐的情况。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="392"/>
        <source>Choose the date of the surgery.</source>
        <translation>选择手术日期。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="395"/>
        <source>The surgery date is after the visit date. Check both dates.</source>
        <translation>手术日期晚于就诊日期。请检查这两个日期。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="399"/>
        <source>The year of birth is after the visit. Check the year.</source>
        <translation>出生年份晚于就诊。请检查年份。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="401"/>
        <source>Type a year between 1900 and 2100, or leave it blank.</source>
        <translation>请输入 1900 到 2100 之间的年份，或者留空。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="403"/>
        <source>This is too long: {detail}.</source>
        <translation>太长了：{detail}。</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="59"/>
        <source>Everything here prints in the handout: the questions under “Questions you want to ask”, the notes in a box marked as your own words.</source>
        <translation>这里的所有内容都会印在资料上：问题印在“您想问的问题”下面，备注印在一个注明是您自己的话的方框里。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="74"/>
        <source>Questions the patient may want to ask</source>
        <translation>患者可能想问的问题</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="78"/>
        <source>Tick the ones they choose.</source>
        <translation>勾选患者选择的问题。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="106"/>
        <source>&amp;Own questions, one per line</source>
        <translation>自己的问题，每行一个(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="108"/>
        <source>questions</source>
        <translation>个问题</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="111"/>
        <source>In the patient&apos;s own words</source>
        <translation>用患者自己的话</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="120"/>
        <source>&amp;Notes from the care team</source>
        <translation>医疗团队的备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="122"/>
        <source>characters</source>
        <translation>个字符</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="125"/>
        <source>Short sentences and everyday words read best at home.</source>
        <translation>短句和日常用语在家里最容易读懂。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="198"/>
        <source>Reading level: shown as you type.</source>
        <translation>阅读难度：输入时显示。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="202"/>
        <source>Reading level: grade {grade}. Easy to read.</source>
        <translation>阅读难度：{grade} 年级。容易读。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="208"/>
        <source>Reading level: grade {grade}. Try shorter sentences and everyday words (aim for grade {aim} or below).</source>
        <translation>阅读难度：{grade} 年级。请用更短的句子和日常用语（目标是 {aim} 年级或以下）。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="240"/>
        <source>Question {n} is {length:,} characters long; the limit is {limit:,}.</source>
        <translation>第 {n} 个问题有 {length:,} 个字符；上限是 {limit:,}。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="243"/>
        <source>There are more than {limit} questions; remove some.</source>
        <translation>问题超过 {limit} 个；请删掉一些。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="250"/>
        <source>The notes are too long; the limit is {limit:,} characters.</source>
        <translation>备注太长；上限是 {limit:,} 个字符。</translation>
    </message>
</context>
<context>
    <name>StepNavigator</name>
    <message>
        <location filename="../../hfs_desktop/ui/navigator.py" line="136"/>
        <source>Recommended</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/navigator.py" line="139"/>
        <source>recommended</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/navigator.py" line="141"/>
        <source>discussed</source>
        <translation>已讨论</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="62"/>
        <source>For the clinician</source>
        <translation>供医护人员参考</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="66"/>
        <source>&amp;Include in handout</source>
        <translation>放入资料(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="68"/>
        <source>&amp;Discussed in this visit</source>
        <translation>本次就诊已讨论(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="81"/>
        <source>Teach-back</source>
        <translation>复述确认</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="86"/>
        <source>Ask in your own words; tick when the patient explained it back.</source>
        <translation>用您自己的话提问；患者能复述时打勾。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="94"/>
        <source>Tick when explained back</source>
        <translation>复述后打勾</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="161"/>
        <source>Recommended for this stage: included.</source>
        <translation>这个阶段推荐：已放入。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="163"/>
        <source>Not recommended for this stage.</source>
        <translation>这个阶段不推荐。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="167"/>
        <source>Recommended for this stage. Your choice is kept.</source>
        <translation>这个阶段推荐。已保留您的选择。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="169"/>
        <source>Not recommended for this stage. Your choice is kept.</source>
        <translation>这个阶段不推荐。已保留您的选择。</translation>
    </message>
</context>
<context>
    <name>TopicView</name>
    <message>
        <location filename="../../hfs_desktop/ui/topic_view.py" line="238"/>
        <source>For the clinician (not printed): seeds and studies differ</source>
        <translation>供医护人员参考（不打印）：原始资料与研究结果不一致</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/topic_view.py" line="303"/>
        <source>Tick if this may fit the patient</source>
        <translation>如果可能适用于患者，请打勾</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/topic_view.py" line="305"/>
        <source>Tick when discussed</source>
        <translation>讨论后打勾</translation>
    </message>
</context>
</TS>
