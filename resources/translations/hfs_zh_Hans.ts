<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_Hans">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="50"/>
        <source>&amp;New consultation</source>
        <translation>新建就诊(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="52"/>
        <source>New consultation</source>
        <translation>新建就诊</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="53"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="54"/>
        <source>Open a consultation</source>
        <translation>打开就诊记录</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="55"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="56"/>
        <source>Save the consultation</source>
        <translation>保存就诊记录</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="57"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="58"/>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="59"/>
        <source>Save handout as &amp;PDF…</source>
        <translation>把资料保存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="61"/>
        <source>Save handout as PDF</source>
        <translation>把资料保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="62"/>
        <source>P&amp;rint handout…</source>
        <translation>打印资料(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="63"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="64"/>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="66"/>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="67"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="68"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="69"/>
        <source>&amp;Larger text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="71"/>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="72"/>
        <source>&amp;Smaller text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="74"/>
        <source>Smaller text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="75"/>
        <source>&amp;Normal text size</source>
        <translation>正常文字大小(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="77"/>
        <source>Normal text size</source>
        <translation>正常文字大小</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="78"/>
        <source>&amp;Patient view</source>
        <translation>患者视图(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="80"/>
        <source>Patient view (Esc leaves it)</source>
        <translation>患者视图（按 Esc 退出）</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="81"/>
        <source>&amp;Next step</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="82"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="83"/>
        <source>&amp;Previous step</source>
        <translation>上一步(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="85"/>
        <source>Previous step</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="86"/>
        <source>Step &amp;list</source>
        <translation>步骤列表(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="87"/>
        <source>The list of steps</source>
        <translation>步骤列表</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="89"/>
        <source>Go to step {first}–{last}</source>
        <translation>转到第 {first}–{last} 步</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="103"/>
        <source>&amp;Clinic profile…</source>
        <translation>诊所资料(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="105"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="106"/>
        <source>This list</source>
        <translation>本列表</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="107"/>
        <source>&amp;About HFS Counsel</source>
        <translation>关于 HFS Counsel(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ClinicProfileDialog</name>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="42"/>
        <source>The logo file was not found. Choose it again.</source>
        <translation>找不到标志文件，请重新选择。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="45"/>
        <source>The logo file is {size} MB; it must be 5 MB or smaller.</source>
        <translation>标志文件为 {size} MB，不能超过 5 MB。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="51"/>
        <source>The logo must be a PNG or JPEG picture.</source>
        <translation>标志必须是 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="57"/>
        <source>The logo is {width} × {height} pixels; use a picture between {low} and {high} pixels on each side.</source>
        <translation>标志为 {width} × {height} 像素；请使用每边 {low} 到 {high} 像素的图片。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="64"/>
        <source>The logo picture could not be read; it may be damaged.</source>
        <translation>无法读取标志图片，文件可能已损坏。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="75"/>
        <source>Clinic profile</source>
        <translation>诊所资料</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="83"/>
        <source>Every new consultation starts with these. They describe your clinic; nothing about patients is stored here.</source>
        <translation>每次新建就诊都从这些信息开始。它们描述您的诊所；这里不保存任何患者信息。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="111"/>
        <source>The care team&apos;s daytime number</source>
        <translation>医疗团队白天的电话</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="113"/>
        <source>Nights and weekends</source>
        <translation>晚上和周末</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="115"/>
        <source>For example 999, 112 or 911</source>
        <translation>例如 999、112 或 911</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="118"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="119"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="121"/>
        <source>Clinic &amp;name</source>
        <translation>诊所名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="122"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="123"/>
        <source>&amp;Out-of-hours phone</source>
        <translation>非工作时间电话(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="124"/>
        <source>&amp;Emergency number</source>
        <translation>急救电话(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="125"/>
        <source>Default &amp;clinician</source>
        <translation>默认接诊人员(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="126"/>
        <source>Default pape&amp;r</source>
        <translation>默认纸张(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="128"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="132"/>
        <source>&amp;Window language</source>
        <translation>窗口语言(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="135"/>
        <source>Optional: PNG or JPEG, up to 5 MB</source>
        <translation>可选：PNG 或 JPEG，最大 5 MB</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="136"/>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="138"/>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="146"/>
        <source>&amp;Logo</source>
        <translation>标志(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="157"/>
        <source>Optional: your own results (TOML or JSON); see docs/content-format.md</source>
        <translation>可选：您自己的结果（TOML 或 JSON）；见 docs/content-format.md</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="159"/>
        <source>Choose &amp;file…</source>
        <translation>选择文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="166"/>
        <source>Clinic o&amp;utcome figures</source>
        <translation>诊所结果数据(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="221"/>
        <source>The clinic name</source>
        <translation>诊所名称</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="222"/>
        <source>The phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="223"/>
        <source>The out-of-hours phone number</source>
        <translation>非工作时间电话</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="224"/>
        <source>The emergency number</source>
        <translation>急救电话</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="225"/>
        <source>The clinician&apos;s name</source>
        <translation>接诊人员姓名</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="229"/>
        <source>{what} is {n} characters; the limit is {limit}.</source>
        <translation>{what}有 {n} 个字符；上限是 {limit}。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="254"/>
        <source>This file cannot be used:</source>
        <translation>无法使用这个文件：</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="260"/>
        <source>Choose the clinic&apos;s outcome figures</source>
        <translation>选择诊所自己的结果数据</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="261"/>
        <source>Outcome figures (*.toml *.json)</source>
        <translation>结果数据 (*.toml *.json)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="267"/>
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
    <name>DateField</name>
    <message>
        <location filename="../../hfs_desktop/ui/dates.py" line="216"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
</context>
<context>
    <name>ErrorHandler</name>
    <message>
        <location filename="../../hfs_desktop/ui/errors.py" line="56"/>
        <source>Something went wrong</source>
        <translation>出现问题</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/errors.py" line="57"/>
        <source>Something went wrong, but your work is still here.</source>
        <translation>出现问题，但您的工作内容仍在。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/errors.py" line="59"/>
        <source>The last step did not finish. You can carry on, and save your work as usual. If this keeps happening, please tell your IT team.</source>
        <translation>上一步操作未完成。您可以继续，并照常保存工作。如果反复出现，请告知 IT 团队。</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../../hfs_desktop/ui/handout_ops.py" line="60"/>
        <source>Preparing the handout…</source>
        <translation>正在准备资料…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/handout_ops.py" line="124"/>
        <source>Handout not ready</source>
        <translation>资料还没准备好</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/handout_ops.py" line="125"/>
        <source>The handout could not be made. Your work is safe; please try again.</source>
        <translation>无法生成资料。您的工作内容安全，请重试。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/handout_ops.py" line="137"/>
        <source>saved as a PDF</source>
        <translation>保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/handout_ops.py" line="148"/>
        <source>Save the handout as PDF</source>
        <translation>把资料保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/handout_ops.py" line="157"/>
        <source>PDF not saved</source>
        <translation>PDF 未保存</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/handout_ops.py" line="162"/>
        <source>Handout saved as {name}.</source>
        <translation>资料已保存为 {name}。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/handout_ops.py" line="180"/>
        <source>The saved PDF is no longer there.</source>
        <translation>已保存的 PDF 不在原处了。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/handout_ops.py" line="197"/>
        <location filename="../../hfs_desktop/ui/handout_ops.py" line="212"/>
        <source>printed</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/handout_ops.py" line="220"/>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/handout_ops.py" line="233"/>
        <source>Not printed</source>
        <translation>不打印</translation>
    </message>
</context>
<context>
    <name>HandoutLanguageBox</name>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout_language.py" line="20"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout_language.py" line="24"/>
        <source>The same handout again in the second language</source>
        <translation>用第二种语言再印一份相同的资料</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout_language.py" line="42"/>
        <source>Prints in {language} (chosen in step 1).</source>
        <translation>以{language}打印（在第 1 步选择）。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout_language.py" line="50"/>
        <source>&amp;Also print in {language} (bilingual)</source>
        <translation>同时以{language}打印（双语）(&amp;A)</translation>
    </message>
</context>
<context>
    <name>HandoutPage</name>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="83"/>
        <source>This is exactly what will print.</source>
        <translation>打印出来就是这样。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="86"/>
        <source>Sections</source>
        <translation>部分</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="109"/>
        <source>&amp;Paper size</source>
        <translation>纸张大小(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="112"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="113"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="75"/>
        <source>Handout options</source>
        <translation>资料选项</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="91"/>
        <source>The s&amp;urgery</source>
        <translation>手术(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="92"/>
        <source>Re&amp;covery</source>
        <translation>康复(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="93"/>
        <source>If t&amp;witching returns</source>
        <translation>抽搐复发(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="94"/>
        <source>Second surg&amp;ery</source>
        <translation>二次手术(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="103"/>
        <source>Use &amp;recommended</source>
        <translation>使用推荐(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="104"/>
        <source>Include the sections recommended for this stage</source>
        <translation>包含此阶段推荐的部分</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="117"/>
        <source>&amp;Large print</source>
        <translation>大字版(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="118"/>
        <source>Body text 14 pt and more.</source>
        <translation>正文 14 磅及以上。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="123"/>
        <source>&amp;Diary page</source>
        <translation>日记页(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="125"/>
        <source>Adds a twitch diary page to the handout.</source>
        <translation>在资料中加入抽搐日记页。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="127"/>
        <source>&amp;Teach-back page</source>
        <translation>复述页(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="129"/>
        <source>Prints the teach-back questions as &quot;Check your understanding&quot;.</source>
        <translation>将复述问题打印为“检查您的理解”。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="140"/>
        <source>&amp;Save PDF…</source>
        <translation>保存 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="143"/>
        <source>Pr&amp;int…</source>
        <translation>打印(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="160"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="168"/>
        <source>Handout preview</source>
        <translation>资料预览</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="208"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="209"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="210"/>
        <source>Fit &amp;width</source>
        <translation>适合宽度(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="211"/>
        <source>Whole pa&amp;ge</source>
        <translation>整页(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="250"/>
        <source>Page {n} of {total}</source>
        <translation>第 {n} 页，共 {total} 页</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="277"/>
        <source>Before it goes out:</source>
        <translation>交给患者前：</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="318"/>
        <source>Recommended for this stage: {names}.</source>
        <translation>这个阶段推荐：{names}。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="322"/>
        <source>Your own choice. Recommended: {names}.</source>
        <translation>您自己的选择。推荐：{names}。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="349"/>
        <source>Preparing the preview…</source>
        <translation>正在准备预览…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="367"/>
        <source>Preview up to date: {n} pages, {paper}.</source>
        <translation>预览已更新：{n} 页，{paper}。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="387"/>
        <source>The preview could not be made. Your work is safe; try again after the next change. ({kind})</source>
        <translation>无法生成预览。您的内容是安全的；下次修改后会再试。({kind})</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="395"/>
        <source>Updating the preview…</source>
        <translation>正在更新预览…</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../../hfs_desktop/ui/pack_status.py" line="22"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pack_status.py" line="23"/>
        <source>Spanish</source>
        <translation>西班牙语</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pack_status.py" line="24"/>
        <source>Chinese (Simplified)</source>
        <translation>中文（简体）</translation>
    </message>
</context>
<context>
    <name>List</name>
    <message>
        <location filename="../../hfs_desktop/ui/window_language.py" line="31"/>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hfs_desktop/ui/window_frame.py" line="35"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/window_frame.py" line="36"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/window_frame.py" line="37"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/window_frame.py" line="38"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/window_frame.py" line="39"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/window_frame.py" line="126"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/window_frame.py" line="127"/>
        <source>← Back</source>
        <translation>← 返回</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/window_frame.py" line="128"/>
        <source>Next →</source>
        <translation>下一步 →</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/window_frame.py" line="130"/>
        <source>Previous step (Alt+Left or Ctrl+Page Up)</source>
        <translation>上一步（Alt+左箭头 或 Ctrl+Page Up）</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/window_frame.py" line="133"/>
        <source>Next step (Alt+Right or Ctrl+Page Down)</source>
        <translation>下一步（Alt+右箭头 或 Ctrl+Page Down）</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/window_frame.py" line="137"/>
        <location filename="../../hfs_desktop/ui/view_modes.py" line="83"/>
        <source>Clinician view (Esc)</source>
        <translation>医生视图 (Esc)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/window_frame.py" line="139"/>
        <location filename="../../hfs_desktop/ui/view_modes.py" line="85"/>
        <source>Patient view (F11)</source>
        <translation>患者视图 (F11)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/window_frame.py" line="142"/>
        <source>The patient&apos;s text only, full screen and larger (F11; Esc to leave)</source>
        <translation>只显示患者的文字，全屏并放大（F11；按 Esc 退出）</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/window_frame.py" line="241"/>
        <source>Passed over {steps}: not for this patient&apos;s stage. The step list opens them.</source>
        <translation>已跳过{steps}：不适用于该患者的阶段。可在步骤列表中打开。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/window_frame.py" line="206"/>
        <source>Step {n} of {total} · {title}</source>
        <translation>第 {n} 步，共 {total} 步 · {title}</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/view_modes.py" line="65"/>
        <source>Text size {n} %</source>
        <translation>文字大小 {n} %</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="253"/>
        <source>Settings could not be saved: {reason}</source>
        <translation>设置无法保存：{reason}</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/checking.py" line="52"/>
        <source>Please check a few things</source>
        <translation>请检查几处地方</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/checking.py" line="53"/>
        <source>The consultation cannot be {what} yet:</source>
        <translation>这次就诊还不能{what}：</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/checking.py" line="64"/>
        <source>The handout is not ready</source>
        <translation>资料尚未就绪</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/checking.py" line="65"/>
        <source>The handout cannot be {doing} yet. Please fix:</source>
        <translation>资料还不能{doing}。请先修正：</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/window_dialogs.py" line="41"/>
        <source>The clinic profile applies from the next new consultation.</source>
        <translation>诊所资料从下一次新建就诊开始生效。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/window_dialogs.py" line="51"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/window_dialogs.py" line="62"/>
        <source>About HFS Counsel</source>
        <translation>关于 HFS Counsel</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/window_dialogs.py" line="63"/>
        <source>HFS Counsel {version}
Counseling content {content} (reviewed {review}).

Patient details stay in memory until you save a file you choose.</source>
        <translation>HFS Counsel {version}
咨询内容 {content}（审核日期 {review}）。

患者信息只保存在内存中，直到您把它保存到您选择的文件里。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="289"/>
        <source>close HFS Counsel</source>
        <translation>关闭 HFS Counsel</translation>
    </message>
</context>
<context>
    <name>PackStatus</name>
    <message>
        <location filename="../../hfs_desktop/ui/pack_status.py" line="59"/>
        <source>{language}: translated from {source}, reviewed by {reviewer} on {date}.</source>
        <translation>{language}：译自{source}，由 {reviewer} 于 {date} 审校。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pack_status.py" line="67"/>
        <source>{language}: translated, not yet reviewed by a qualified medical translator. The handout says so on its first page.</source>
        <translation>{language}：译文尚未经合格的医学翻译审校。资料首页会注明这一点。</translation>
    </message>
</context>
<context>
    <name>PatientPage</name>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="48"/>
        <source>Who the handout is for, and where they are in their care. The stage decides which topics are recommended.</source>
        <translation>资料是给谁的，以及患者处在治疗的哪个阶段。阶段决定推荐哪些主题。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="59"/>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="66"/>
        <source>characters</source>
        <translation>个字符</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="60"/>
        <source>Patient &amp;name</source>
        <translation>患者姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="68"/>
        <source>&amp;Preferred name</source>
        <translation>常用称呼(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="78"/>
        <source>e.g. 1958, or leave blank</source>
        <translation>例如 1958，或者留空</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="79"/>
        <source>&amp;Year of birth</source>
        <translation>出生年份(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="88"/>
        <source>Left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="89"/>
        <source>Right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="90"/>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="97"/>
        <source>Affected &amp;side</source>
        <translation>患侧(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="111"/>
        <source>Before surgery</source>
        <translation>手术前</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="112"/>
        <source>After surgery</source>
        <translation>手术后</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="113"/>
        <source>Considering a second surgery</source>
        <translation>考虑再次手术</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="116"/>
        <source>Stag&amp;e</source>
        <translation>阶段(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="125"/>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="234"/>
        <source>Choose how it is going</source>
        <translation>选择目前的情况</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="131"/>
        <source>e.g. {date}</source>
        <translation>例如 {date}</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="332"/>
        <source>Write the date like {date} or 2026-03-03.</source>
        <translation>请按 {date} 或 2026-03-03 的格式填写日期。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="119"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="58"/>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="64"/>
        <source>Optional: what they like to be called (the handout uses it)</source>
        <translation>可选：患者希望的称呼（资料中使用）</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="103"/>
        <source>The handout prints in this language; the topic pages show it too.</source>
        <translation>资料以此语言打印；主题页面也以此语言显示。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="105"/>
        <source>Handout &amp;language</source>
        <translation>资料语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="120"/>
        <source>Improving</source>
        <translation>在好转</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="121"/>
        <source>Unchanged</source>
        <translation>没有变化</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="122"/>
        <source>Came back after stopping</source>
        <translation>停止后又回来了</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="126"/>
        <source>T&amp;witching since surgery</source>
        <translation>手术以来的抽搐(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="135"/>
        <source>Surgery &amp;date</source>
        <translation>手术日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="136"/>
        <source>V&amp;isit date</source>
        <translation>就诊日期(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="139"/>
        <source>Who is seeing the patient today</source>
        <translation>今天谁接诊这位患者</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="140"/>
        <source>&amp;Clinician</source>
        <translation>接诊人员(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="145"/>
        <source>Clinic</source>
        <translation>诊所</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="223"/>
        <source>Not set: add it in Tools ▸ Clinic profile</source>
        <translation>未设置：请在 工具 ▸ 诊所资料 中添加</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="231"/>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="234"/>
        <source>Not yet</source>
        <translation>还没有</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="231"/>
        <source>Type or choose the date (F4)</source>
        <translation>输入或选择日期 (F4)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="253"/>
        <source>Removed {n} hidden character(s) from the pasted text (control or direction codes). Check the name reads as it should.</source>
        <translation>已从粘贴的文字中删除 {n} 个隐藏字符（控制或方向代码）。请检查姓名是否正确。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="341"/>
        <source>Type all four digits of the year, for example 1958.</source>
        <translation>请输入四位数的年份，例如 1958。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="372"/>
        <source>Type the patient&apos;s name. It is needed to save and for the handout.</source>
        <translation>请输入患者姓名。保存和生成资料都需要它。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="375"/>
        <source>Choose how the twitching has been since surgery.</source>
        <translation>选择手术以来抽搐的情况。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="379"/>
        <source>Choose the date of the surgery.</source>
        <translation>选择手术日期。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="382"/>
        <source>The surgery date is after the visit date. Check both dates.</source>
        <translation>手术日期晚于就诊日期。请检查这两个日期。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="386"/>
        <source>The year of birth is after the visit. Check the year.</source>
        <translation>出生年份晚于就诊。请检查年份。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="388"/>
        <source>Type a year between 1900 and 2100, or leave it blank.</source>
        <translation>请输入 1900 到 2100 之间的年份，或者留空。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="393"/>
        <source>Too long: {n:,} characters, at most {limit:,}. Remove {over:,}.</source>
        <translation>太长：{n:,} 个字符，最多 {limit:,} 个。请删除 {over:,} 个。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="396"/>
        <source>This is too long: {detail}.</source>
        <translation>太长了：{detail}。</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="83"/>
        <source>Everything here prints in the handout: the questions under “Questions you want to ask”, the notes in a box marked as your own words.</source>
        <translation>这里的所有内容都会印在资料上：问题印在“您想问的问题”下面，备注印在一个注明是您自己的话的方框里。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="95"/>
        <source>Questions the patient may want to ask</source>
        <translation>患者可能想问的问题</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="96"/>
        <source>Tick the ones they choose.</source>
        <translation>勾选患者选择的问题。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="128"/>
        <source>&amp;Own questions, one per line</source>
        <translation>自己的问题，每行一个(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="129"/>
        <source>questions</source>
        <translation>个问题</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="132"/>
        <source>In the patient&apos;s own words</source>
        <translation>用患者自己的话</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="141"/>
        <source>&amp;Notes from the care team</source>
        <translation>医疗团队的备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="142"/>
        <source>characters</source>
        <translation>个字符</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="145"/>
        <source>Short sentences and everyday words read best at home.</source>
        <translation>短句和日常用语在家里最容易读懂。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="256"/>
        <source>Reading level: shown as you type.</source>
        <translation>阅读难度：输入时显示。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="260"/>
        <source>Reading level: grade {grade}. Easy to read.</source>
        <translation>阅读难度：{grade} 年级。容易读。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="266"/>
        <source>Reading level: grade {grade}. Try shorter sentences and everyday words (aim for grade {aim} or below).</source>
        <translation>阅读难度：{grade} 年级。请用更短的句子和日常用语（目标是 {aim} 年级或以下）。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="300"/>
        <source>Question {n} is {length:,} characters long; the limit is {limit:,}.</source>
        <translation>第 {n} 个问题有 {length:,} 个字符；上限是 {limit:,}。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="303"/>
        <source>There are more than {limit} questions; remove some.</source>
        <translation>问题超过 {limit} 个；请删掉一些。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="310"/>
        <source>The notes are too long; the limit is {limit:,} characters.</source>
        <translation>备注太长；上限是 {limit:,} 个字符。</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <location filename="../../hfs_desktop/ui/readiness.py" line="30"/>
        <source>Add the local emergency number (for example 999, 112 or 911) in the clinic profile. Without it the handout says &apos;your local emergency number&apos;.</source>
        <translation>请在诊所资料中添加当地急救电话（例如 120、112 或 911）。否则资料上只写“当地急救电话”。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/readiness.py" line="35"/>
        <source>Add the number to call at night and at weekends in the clinic profile. Without it the handout tells the patient to call the emergency number then.</source>
        <translation>请在诊所资料中添加夜间和周末的联系电话。否则资料会告诉患者在这些时间拨打急救电话。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/readiness.py" line="65"/>
        <source>The surgery date ({surgery}) is before the year of birth ({birth}). Check both.</source>
        <translation>手术日期（{surgery}）早于出生年份（{birth}）。请检查两者。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/readiness.py" line="78"/>
        <source>The surgery date is in the future, but the stage says the surgery has happened. Check the date or the stage.</source>
        <translation>手术日期在将来，但所选阶段表示已经手术。请检查日期或阶段。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/readiness.py" line="94"/>
        <source>Type the patient&apos;s name.</source>
        <translation>请输入患者姓名。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/readiness.py" line="101"/>
        <source>Add the clinic&apos;s phone number (Tools ▸ Clinic profile): the handout tells the patient to call it.</source>
        <translation>请添加诊所电话（工具 ▸ 诊所资料）：资料会让患者拨打这个电话。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/readiness.py" line="129"/>
        <source>causes</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/readiness.py" line="130"/>
        <source>risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/readiness.py" line="137"/>
        <source>{n} ticked ({what}) in a section the handout leaves out: they will not print. Include this section?</source>
        <translation>在资料未包含的部分中勾选了 {n} 项（{what}）：它们不会打印。要包含这一部分吗？</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="62"/>
        <source>Check what was covered and that the handout is complete, then save or print it.</source>
        <translation>检查已讲解的内容和资料是否完整，然后保存或打印。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="67"/>
        <source>Before the handout goes out</source>
        <translation>交给患者前</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="85"/>
        <source>What was covered</source>
        <translation>已讲解的内容</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="93"/>
        <source>The handout</source>
        <translation>资料</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="98"/>
        <source>&amp;Save PDF…</source>
        <translation>保存 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="100"/>
        <source>Pr&amp;int…</source>
        <translation>打印(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="101"/>
        <source>&amp;Open PDF</source>
        <translation>打开 PDF(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="102"/>
        <source>Show in &amp;folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="113"/>
        <source>For the follow-up visit</source>
        <translation>为复诊准备</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="121"/>
        <source>Save &amp;consultation…</source>
        <translation>保存问诊(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="122"/>
        <source>Start &amp;next patient</source>
        <translation>开始下一位患者(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="188"/>
        <source>{tick} Ready: nothing is missing.</source>
        <translation>{tick} 就绪：没有遗漏。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="192"/>
        <source>Fix these first; Save PDF and Print wait until they are done:</source>
        <translation>请先修正以下各项；修正后才能保存 PDF 和打印：</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="201"/>
        <source>Include this section</source>
        <translation>包含这一部分</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="206"/>
        <source>Go to {step}</source>
        <translation>转到“{step}”</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="213"/>
        <source>Advice (the handout can go out):</source>
        <translation>提示（资料可以交给患者）：</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="230"/>
        <source>discussed</source>
        <translation>已讨论</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="230"/>
        <source>not marked discussed</source>
        <translation>未标为已讨论</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="231"/>
        <source>in the handout</source>
        <translation>已纳入资料</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="231"/>
        <source>left out</source>
        <translation>未包含</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="235"/>
        <source>teach-back {n} of {total}</source>
        <translation>复述 {n}/{total}</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="240"/>
        <source>{topic}: {details}</source>
        <translation>{topic}：{details}</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="245"/>
        <source>Questions: {chosen} from the list, {own} of their own.</source>
        <translation>问题：从列表选 {chosen} 个，自己提出 {own} 个。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="250"/>
        <source>Notes from the care team: {state}.</source>
        <translation>医护团队备注：{state}。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="251"/>
        <source>written</source>
        <translation>已填写</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="251"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="261"/>
        <source>Saved as {name}.</source>
        <translation>已保存为 {name}。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="263"/>
        <source>Not saved as a PDF yet.</source>
        <translation>尚未保存为 PDF。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="268"/>
        <source>This consultation is not saved. Save it if the patient will come back: the follow-up visit opens the file and starts where you left off. The PDF cannot be opened for editing. If there is no follow-up, you need not save it.</source>
        <translation>本次问诊尚未保存。如果患者还会复诊，请保存：复诊时打开该文件即可从上次的地方继续。PDF 不能打开来编辑。如果没有复诊，则无需保存。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="274"/>
        <source>Saved as {name}, but with changes since. Save again to keep them for the follow-up visit.</source>
        <translation>已保存为 {name}，但之后有更改。请再次保存，以便复诊时使用。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="279"/>
        <source>Saved as {name}: open it at the follow-up visit to start where you left off.</source>
        <translation>已保存为 {name}：复诊时打开它即可从上次的地方继续。</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <location filename="../../hfs_desktop/ui/session_ops.py" line="41"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/session_ops.py" line="42"/>
        <source>This consultation has changes that are not saved.

Save the consultation file before you {doing}? You need it only if the patient comes back for a follow-up visit; a saved PDF is not enough to continue from.</source>
        <translation>本次问诊有未保存的更改。

在{doing}之前保存问诊文件吗？只有患者复诊时才需要它；已保存的 PDF 不能用来继续。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/session_ops.py" line="58"/>
        <source>start a new consultation</source>
        <translation>开始新的就诊</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/session_ops.py" line="63"/>
        <source>New consultation started.</source>
        <translation>已开始新的就诊。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/session_ops.py" line="68"/>
        <source>open another consultation</source>
        <translation>打开另一次就诊</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/session_ops.py" line="71"/>
        <source>Open a consultation</source>
        <translation>打开就诊记录</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/session_ops.py" line="82"/>
        <location filename="../../hfs_desktop/ui/session_ops.py" line="90"/>
        <source>This file cannot be opened</source>
        <translation>无法打开这个文件</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/session_ops.py" line="91"/>
        <source>{name} needs counseling content this copy of HFS Counsel does not have (a newer version, or another language).</source>
        <translation>{name} 需要本 HFS Counsel 没有的咨询内容（更新的版本或其他语言）。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/session_ops.py" line="103"/>
        <source>Opened {name}.</source>
        <translation>已打开 {name}。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/session_ops.py" line="113"/>
        <location filename="../../hfs_desktop/ui/session_ops.py" line="131"/>
        <source>saved</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/session_ops.py" line="117"/>
        <source>Save the consultation</source>
        <translation>保存就诊记录</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/session_ops.py" line="137"/>
        <location filename="../../hfs_desktop/ui/session_ops.py" line="141"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/session_ops.py" line="146"/>
        <source>Saved {name}.</source>
        <translation>已保存 {name}。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/session_ops.py" line="155"/>
        <source>{name} is not a consultation saved by HFS Counsel, or it was damaged after it was saved. Nothing was changed. If you have another copy, open that one.</source>
        <translation>{name} 不是 HFS Counsel 保存的问诊，或保存后已损坏。未做任何更改。如有其他副本，请打开那一份。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/session_ops.py" line="160"/>
        <source>{name} is a consultation file, but some of its entries are not valid, so it cannot be opened safely. Nothing was changed.</source>
        <translation>{name} 是问诊文件，但其中部分内容无效，无法安全打开。未做任何更改。</translation>
    </message>
</context>
<context>
    <name>StepNavigator</name>
    <message>
        <location filename="../../hfs_desktop/ui/navigator.py" line="221"/>
        <source>Recommended</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/navigator.py" line="223"/>
        <source>Check this step</source>
        <translation>请检查此步骤</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/navigator.py" line="227"/>
        <source>recommended</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/navigator.py" line="229"/>
        <source>discussed</source>
        <translation>已讨论</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/navigator.py" line="231"/>
        <source>needs checking before the handout goes out</source>
        <translation>交给患者前需要检查</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../hfs_desktop/ui/steps.py" line="61"/>
        <source>Patient &amp; visit</source>
        <translation>患者与就诊</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/steps.py" line="62"/>
        <source>The surgery</source>
        <translation>手术</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/steps.py" line="63"/>
        <source>Recovery</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/steps.py" line="64"/>
        <source>If twitching returns</source>
        <translation>如果抽搐复发</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/steps.py" line="65"/>
        <source>Second surgery</source>
        <translation>再次手术</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/steps.py" line="66"/>
        <source>Questions &amp; notes</source>
        <translation>问题与备注</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/steps.py" line="67"/>
        <source>Handout</source>
        <translation>资料</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/steps.py" line="68"/>
        <source>Review &amp; finish</source>
        <translation>检查并完成</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="57"/>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="64"/>
        <source>For the clinician</source>
        <translation>供医护人员参考</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="70"/>
        <source>&amp;Include in handout</source>
        <translation>放入资料(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="73"/>
        <source>&amp;Discussed in this visit</source>
        <translation>本次就诊已讨论(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="87"/>
        <source>Teach-back</source>
        <translation>复述确认</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="93"/>
        <source>Ask in your own words; tick when the patient explained it back.</source>
        <translation>用您自己的话提问；患者能复述时打勾。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="101"/>
        <source>Tick when explained back</source>
        <translation>复述后打勾</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="191"/>
        <source>Recommended for this stage: included.</source>
        <translation>这个阶段推荐：已放入。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="193"/>
        <source>Not recommended for this stage.</source>
        <translation>这个阶段不推荐。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="197"/>
        <source>Recommended for this stage. Your choice is kept.</source>
        <translation>这个阶段推荐。已保留您的选择。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="199"/>
        <source>Not recommended for this stage. Your choice is kept.</source>
        <translation>这个阶段不推荐。已保留您的选择。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="226"/>
        <source>Tick, in the text, each cause that may fit this patient. It prints as ☑.</source>
        <translation>在文中勾选可能适用于该患者的每个原因。打印为 ☑。</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="235"/>
        <source>Tick, in the text, each risk as you discuss it. It prints as ☑.</source>
        <translation>讨论时在文中勾选每项风险。打印为 ☑。</translation>
    </message>
</context>
<context>
    <name>TopicView</name>
    <message>
        <location filename="../../hfs_desktop/ui/topic_view.py" line="161"/>
        <source>For the clinician (not printed): seeds and studies differ</source>
        <translation>供医护人员参考（不打印）：原始资料与研究结果不一致</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/topic_view.py" line="246"/>
        <source>Tick if this may fit the patient</source>
        <translation>如果可能适用于患者，请打勾</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/topic_view.py" line="248"/>
        <source>Tick when discussed</source>
        <translation>讨论后打勾</translation>
    </message>
</context>
</TS>
