<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="50"/>
        <source>&amp;New consultation</source>
        <translation>&amp;Nueva consulta</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="52"/>
        <source>New consultation</source>
        <translation>Nueva consulta</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="53"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="54"/>
        <source>Open a consultation</source>
        <translation>Abrir una consulta</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="55"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="56"/>
        <source>Save the consultation</source>
        <translation>Guardar la consulta</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="57"/>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="58"/>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="59"/>
        <source>Save handout as &amp;PDF…</source>
        <translation>Guardar el folleto como &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="61"/>
        <source>Save handout as PDF</source>
        <translation>Guardar el folleto como PDF</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="62"/>
        <source>P&amp;rint handout…</source>
        <translation>Imp&amp;rimir folleto…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="63"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="64"/>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="66"/>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="67"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="68"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="69"/>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="71"/>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="72"/>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="74"/>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="75"/>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="77"/>
        <source>Normal text size</source>
        <translation>Tamaño de texto normal</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="78"/>
        <source>&amp;Patient view</source>
        <translation>Vista del &amp;paciente</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="80"/>
        <source>Patient view (Esc leaves it)</source>
        <translation>Vista del paciente (Esc para salir)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="81"/>
        <source>&amp;Next step</source>
        <translation>Paso &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="82"/>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="83"/>
        <source>&amp;Previous step</source>
        <translation>Paso a&amp;nterior</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="85"/>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="86"/>
        <source>Step &amp;list</source>
        <translation>&amp;Lista de pasos</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="87"/>
        <source>The list of steps</source>
        <translation>La lista de pasos</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="89"/>
        <source>Go to step {first}–{last}</source>
        <translation>Ir al paso {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="103"/>
        <source>&amp;Clinic profile…</source>
        <translation>&amp;Perfil del centro…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="105"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="106"/>
        <source>This list</source>
        <translation>Esta lista</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/actions.py" line="107"/>
        <source>&amp;About HFS Counsel</source>
        <translation>&amp;Acerca de HFS Counsel</translation>
    </message>
</context>
<context>
    <name>ClinicProfileDialog</name>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="42"/>
        <source>The logo file was not found. Choose it again.</source>
        <translation>No se encontró el archivo del logotipo. Vuelva a elegirlo.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="45"/>
        <source>The logo file is {size} MB; it must be 5 MB or smaller.</source>
        <translation>El archivo del logotipo ocupa {size} MB; debe ocupar 5 MB o menos.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="51"/>
        <source>The logo must be a PNG or JPEG picture.</source>
        <translation>El logotipo debe ser una imagen PNG o JPEG.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="57"/>
        <source>The logo is {width} × {height} pixels; use a picture between {low} and {high} pixels on each side.</source>
        <translation>El logotipo mide {width} × {height} píxeles; use una imagen de entre {low} y {high} píxeles por lado.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="64"/>
        <source>The logo picture could not be read; it may be damaged.</source>
        <translation>No se pudo leer la imagen del logotipo; puede estar dañada.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="75"/>
        <source>Clinic profile</source>
        <translation>Perfil del centro</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="83"/>
        <source>Every new consultation starts with these. They describe your clinic; nothing about patients is stored here.</source>
        <translation>Cada consulta nueva empieza con estos datos. Describen su centro; aquí no se guarda nada de los pacientes.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="111"/>
        <source>The care team&apos;s daytime number</source>
        <translation>El número del equipo médico de día</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="113"/>
        <source>Nights and weekends</source>
        <translation>Noches y fines de semana</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="115"/>
        <source>For example 999, 112 or 911</source>
        <translation>Por ejemplo 999, 112 o 911</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="118"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="119"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="121"/>
        <source>Clinic &amp;name</source>
        <translation>&amp;Nombre del centro</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="122"/>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="123"/>
        <source>&amp;Out-of-hours phone</source>
        <translation>Teléfono &amp;fuera de horario</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="124"/>
        <source>&amp;Emergency number</source>
        <translation>Número de &amp;emergencias</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="125"/>
        <source>Default &amp;clinician</source>
        <translation>&amp;Profesional por defecto</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="126"/>
        <source>Default pape&amp;r</source>
        <translation>Pape&amp;l por defecto</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="128"/>
        <source>System default</source>
        <translation>La del sistema</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="132"/>
        <source>&amp;Window language</source>
        <translation>Idioma de la &amp;ventana</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="135"/>
        <source>Optional: PNG or JPEG, up to 5 MB</source>
        <translation>Opcional: PNG o JPEG, hasta 5 MB</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="136"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="138"/>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="146"/>
        <source>&amp;Logo</source>
        <translation>&amp;Logotipo</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="157"/>
        <source>Optional: your own results (TOML or JSON); see docs/content-format.md</source>
        <translation>Opcional: sus propios resultados (TOML o JSON); vea docs/content-format.md</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="159"/>
        <source>Choose &amp;file…</source>
        <translation>Elegir &amp;archivo…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="166"/>
        <source>Clinic o&amp;utcome figures</source>
        <translation>Cifras de &amp;resultados del centro</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="221"/>
        <source>The clinic name</source>
        <translation>El nombre del centro</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="222"/>
        <source>The phone number</source>
        <translation>El número de teléfono</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="223"/>
        <source>The out-of-hours phone number</source>
        <translation>El teléfono fuera de horario</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="224"/>
        <source>The emergency number</source>
        <translation>El número de emergencias</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="225"/>
        <source>The clinician&apos;s name</source>
        <translation>El nombre del profesional</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="229"/>
        <source>{what} is {n} characters; the limit is {limit}.</source>
        <translation>{what} tiene {n} caracteres; el límite es {limit}.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="254"/>
        <source>This file cannot be used:</source>
        <translation>Este archivo no se puede usar:</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="260"/>
        <source>Choose the clinic&apos;s outcome figures</source>
        <translation>Elija las cifras de resultados del centro</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="261"/>
        <source>Outcome figures (*.toml *.json)</source>
        <translation>Cifras de resultados (*.toml *.json)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="267"/>
        <source>Choose the clinic logo</source>
        <translation>Elija el logotipo del centro</translation>
    </message>
</context>
<context>
    <name>Counter</name>
    <message>
        <location filename="../../hfs_desktop/ui/widgets.py" line="96"/>
        <source> — {n:,} too many</source>
        <translation> — {n:,} de más</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../hfs_desktop/ui/dates.py" line="216"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
</context>
<context>
    <name>ErrorHandler</name>
    <message>
        <location filename="../../hfs_desktop/ui/errors.py" line="56"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/errors.py" line="57"/>
        <source>Something went wrong, but your work is still here.</source>
        <translation>Algo salió mal, pero su trabajo sigue aquí.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/errors.py" line="59"/>
        <source>The last step did not finish. You can carry on, and save your work as usual. If this keeps happening, please tell your IT team.</source>
        <translation>La última acción no terminó. Puede seguir y guardar su trabajo como siempre. Si vuelve a pasar, avise a su equipo de informática.</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../../hfs_desktop/ui/handout_ops.py" line="60"/>
        <source>Preparing the handout…</source>
        <translation>Preparando el folleto…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/handout_ops.py" line="124"/>
        <source>Handout not ready</source>
        <translation>El folleto no está listo</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/handout_ops.py" line="125"/>
        <source>The handout could not be made. Your work is safe; please try again.</source>
        <translation>No se pudo crear el folleto. Su trabajo está a salvo; inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/handout_ops.py" line="137"/>
        <source>saved as a PDF</source>
        <translation>guardar como PDF</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/handout_ops.py" line="148"/>
        <source>Save the handout as PDF</source>
        <translation>Guardar el folleto como PDF</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/handout_ops.py" line="157"/>
        <source>PDF not saved</source>
        <translation>PDF no guardado</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/handout_ops.py" line="162"/>
        <source>Handout saved as {name}.</source>
        <translation>Folleto guardado como {name}.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/handout_ops.py" line="180"/>
        <source>The saved PDF is no longer there.</source>
        <translation>El PDF guardado ya no está allí.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/handout_ops.py" line="197"/>
        <location filename="../../hfs_desktop/ui/handout_ops.py" line="212"/>
        <source>printed</source>
        <translation>imprimir</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/handout_ops.py" line="220"/>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/handout_ops.py" line="233"/>
        <source>Not printed</source>
        <translation>No se imprime</translation>
    </message>
</context>
<context>
    <name>HandoutLanguageBox</name>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout_language.py" line="20"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout_language.py" line="24"/>
        <source>The same handout again in the second language</source>
        <translation>El mismo folleto otra vez en el segundo idioma</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout_language.py" line="42"/>
        <source>Prints in {language} (chosen in step 1).</source>
        <translation>Se imprime en {language} (elegido en el paso 1).</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout_language.py" line="50"/>
        <source>&amp;Also print in {language} (bilingual)</source>
        <translation>Imprimir también en {language} (&amp;bilingüe)</translation>
    </message>
</context>
<context>
    <name>HandoutPage</name>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="83"/>
        <source>This is exactly what will print.</source>
        <translation>Esto es exactamente lo que se imprimirá.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="86"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="109"/>
        <source>&amp;Paper size</source>
        <translation>Tamaño del &amp;papel</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="112"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="113"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="75"/>
        <source>Handout options</source>
        <translation>Opciones del folleto</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="91"/>
        <source>The s&amp;urgery</source>
        <translation>La o&amp;peración</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="92"/>
        <source>Re&amp;covery</source>
        <translation>Re&amp;cuperación</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="93"/>
        <source>If t&amp;witching returns</source>
        <translation>Si los &amp;tics vuelven</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="94"/>
        <source>Second surg&amp;ery</source>
        <translation>Segunda ope&amp;ración</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="103"/>
        <source>Use &amp;recommended</source>
        <translation>Usar &amp;recomendadas</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="104"/>
        <source>Include the sections recommended for this stage</source>
        <translation>Incluir las secciones recomendadas para esta etapa</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="117"/>
        <source>&amp;Large print</source>
        <translation>&amp;Letra grande</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="118"/>
        <source>Body text 14 pt and more.</source>
        <translation>Texto de 14 pt o más.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="123"/>
        <source>&amp;Diary page</source>
        <translation>Página de &amp;diario</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="125"/>
        <source>Adds a twitch diary page to the handout.</source>
        <translation>Añade al folleto una página de diario de los tics.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="127"/>
        <source>&amp;Teach-back page</source>
        <translation>Página de &amp;repaso</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="129"/>
        <source>Prints the teach-back questions as &quot;Check your understanding&quot;.</source>
        <translation>Imprime las preguntas de repaso como «Compruebe lo que entendió».</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="140"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="143"/>
        <source>Pr&amp;int…</source>
        <translation>Impr&amp;imir…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="160"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="168"/>
        <source>Handout preview</source>
        <translation>Vista previa del folleto</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="208"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="209"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="210"/>
        <source>Fit &amp;width</source>
        <translation>&amp;Ajustar al ancho</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="211"/>
        <source>Whole pa&amp;ge</source>
        <translation>Página &amp;entera</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="250"/>
        <source>Page {n} of {total}</source>
        <translation>Página {n} de {total}</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="277"/>
        <source>Before it goes out:</source>
        <translation>Antes de entregarlo:</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="318"/>
        <source>Recommended for this stage: {names}.</source>
        <translation>Recomendado en esta etapa: {names}.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="322"/>
        <source>Your own choice. Recommended: {names}.</source>
        <translation>Su propia elección. Recomendado: {names}.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="349"/>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="367"/>
        <source>Preview up to date: {n} pages, {paper}.</source>
        <translation>Vista previa al día: {n} páginas, {paper}.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="387"/>
        <source>The preview could not be made. Your work is safe; try again after the next change. ({kind})</source>
        <translation>No se pudo hacer la vista previa. Su trabajo está a salvo; se intentará de nuevo tras el próximo cambio. ({kind})</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="395"/>
        <source>Updating the preview…</source>
        <translation>Actualizando la vista previa…</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../../hfs_desktop/ui/pack_status.py" line="22"/>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pack_status.py" line="23"/>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pack_status.py" line="24"/>
        <source>Chinese (Simplified)</source>
        <translation>chino (simplificado)</translation>
    </message>
</context>
<context>
    <name>List</name>
    <message>
        <location filename="../../hfs_desktop/ui/window_language.py" line="31"/>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hfs_desktop/ui/window_frame.py" line="35"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/window_frame.py" line="36"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/window_frame.py" line="37"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/window_frame.py" line="38"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/window_frame.py" line="39"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/window_frame.py" line="126"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/window_frame.py" line="127"/>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/window_frame.py" line="128"/>
        <source>Next →</source>
        <translation>Siguiente →</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/window_frame.py" line="130"/>
        <source>Previous step (Alt+Left or Ctrl+Page Up)</source>
        <translation>Paso anterior (Alt+Izquierda o Ctrl+Re Pág)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/window_frame.py" line="133"/>
        <source>Next step (Alt+Right or Ctrl+Page Down)</source>
        <translation>Paso siguiente (Alt+Derecha o Ctrl+Av Pág)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/window_frame.py" line="137"/>
        <location filename="../../hfs_desktop/ui/view_modes.py" line="83"/>
        <source>Clinician view (Esc)</source>
        <translation>Vista profesional (Esc)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/window_frame.py" line="139"/>
        <location filename="../../hfs_desktop/ui/view_modes.py" line="85"/>
        <source>Patient view (F11)</source>
        <translation>Vista paciente (F11)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/window_frame.py" line="142"/>
        <source>The patient&apos;s text only, full screen and larger (F11; Esc to leave)</source>
        <translation>Solo el texto del paciente, a pantalla completa y más grande (F11; Esc para salir)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/window_frame.py" line="241"/>
        <source>Passed over {steps}: not for this patient&apos;s stage. The step list opens them.</source>
        <translation>Se saltó {steps}: no corresponde a la etapa de este paciente. La lista de pasos lo abre.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/window_frame.py" line="206"/>
        <source>Step {n} of {total} · {title}</source>
        <translation>Paso {n} de {total} · {title}</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/view_modes.py" line="65"/>
        <source>Text size {n} %</source>
        <translation>Tamaño del texto {n} %</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="253"/>
        <source>Settings could not be saved: {reason}</source>
        <translation>No se pudieron guardar los ajustes: {reason}</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/checking.py" line="52"/>
        <source>Please check a few things</source>
        <translation>Revise algunas cosas</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/checking.py" line="53"/>
        <source>The consultation cannot be {what} yet:</source>
        <translation>La consulta todavía no se puede {what}:</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/checking.py" line="64"/>
        <source>The handout is not ready</source>
        <translation>El folleto no está listo</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/checking.py" line="65"/>
        <source>The handout cannot be {doing} yet. Please fix:</source>
        <translation>Todavía no se puede {doing} el folleto. Corrija:</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/window_dialogs.py" line="41"/>
        <source>The clinic profile applies from the next new consultation.</source>
        <translation>El perfil del centro se aplica desde la próxima consulta nueva.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/window_dialogs.py" line="51"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/window_dialogs.py" line="62"/>
        <source>About HFS Counsel</source>
        <translation>Acerca de HFS Counsel</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/window_dialogs.py" line="63"/>
        <source>HFS Counsel {version}
Counseling content {content} (reviewed {review}).

Patient details stay in memory until you save a file you choose.</source>
        <translation>HFS Counsel {version}
Contenido informativo {content} (revisado el {review}).

Los datos del paciente se quedan en memoria hasta que usted guarde un archivo que elija.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="289"/>
        <source>close HFS Counsel</source>
        <translation>cerrar HFS Counsel</translation>
    </message>
</context>
<context>
    <name>PackStatus</name>
    <message>
        <location filename="../../hfs_desktop/ui/pack_status.py" line="59"/>
        <source>{language}: translated from {source}, reviewed by {reviewer} on {date}.</source>
        <translation>{language}: traducido del {source}, revisado por {reviewer} el {date}.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pack_status.py" line="67"/>
        <source>{language}: translated, not yet reviewed by a qualified medical translator. The handout says so on its first page.</source>
        <translation>{language}: traducción aún no revisada por un traductor médico cualificado. El folleto lo indica en su primera página.</translation>
    </message>
</context>
<context>
    <name>PatientPage</name>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="48"/>
        <source>Who the handout is for, and where they are in their care. The stage decides which topics are recommended.</source>
        <translation>Para quién es el folleto y en qué punto de su atención está. La etapa decide qué temas se recomiendan.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="59"/>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="66"/>
        <source>characters</source>
        <translation>caracteres</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="60"/>
        <source>Patient &amp;name</source>
        <translation>&amp;Nombre del paciente</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="68"/>
        <source>&amp;Preferred name</source>
        <translation>&amp;Nombre preferido</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="78"/>
        <source>e.g. 1958, or leave blank</source>
        <translation>p. ej. 1958 (opcional)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="79"/>
        <source>&amp;Year of birth</source>
        <translation>&amp;Año de nacimiento</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="88"/>
        <source>Left</source>
        <translation>Izquierdo</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="89"/>
        <source>Right</source>
        <translation>Derecho</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="90"/>
        <source>Not recorded</source>
        <translation>No anotado</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="97"/>
        <source>Affected &amp;side</source>
        <translation>&amp;Lado afectado</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="111"/>
        <source>Before surgery</source>
        <translation>Antes de la operación</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="112"/>
        <source>After surgery</source>
        <translation>Después de la operación</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="113"/>
        <source>Considering a second surgery</source>
        <translation>Pensando en una segunda operación</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="116"/>
        <source>Stag&amp;e</source>
        <translation>&amp;Etapa</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="125"/>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="234"/>
        <source>Choose how it is going</source>
        <translation>Elija cómo va</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="131"/>
        <source>e.g. {date}</source>
        <translation>p. ej. {date}</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="332"/>
        <source>Write the date like {date} or 2026-03-03.</source>
        <translation>Escriba la fecha como {date} o 2026-03-03.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="119"/>
        <source>Stopped</source>
        <translation>Pararon</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="58"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="64"/>
        <source>Optional: what they like to be called (the handout uses it)</source>
        <translation>Opcional: cómo prefiere que le llamen (lo usa el folleto)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="103"/>
        <source>The handout prints in this language; the topic pages show it too.</source>
        <translation>El folleto se imprime en este idioma; las páginas de los temas también lo muestran.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="105"/>
        <source>Handout &amp;language</source>
        <translation>&amp;Idioma del folleto</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="120"/>
        <source>Improving</source>
        <translation>Mejorando</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="121"/>
        <source>Unchanged</source>
        <translation>Igual</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="122"/>
        <source>Came back after stopping</source>
        <translation>Volvieron tras parar</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="126"/>
        <source>T&amp;witching since surgery</source>
        <translation>&amp;Tics desde la operación</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="135"/>
        <source>Surgery &amp;date</source>
        <translation>&amp;Fecha de la operación</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="136"/>
        <source>V&amp;isit date</source>
        <translation>Fecha de la &amp;consulta</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="139"/>
        <source>Who is seeing the patient today</source>
        <translation>Quién atiende hoy al paciente</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="140"/>
        <source>&amp;Clinician</source>
        <translation>&amp;Profesional</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="145"/>
        <source>Clinic</source>
        <translation>Centro</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="223"/>
        <source>Not set: add it in Tools ▸ Clinic profile</source>
        <translation>Sin definir: añádalo en Herramientas ▸ Perfil del centro</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="231"/>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="234"/>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="231"/>
        <source>Type or choose the date (F4)</source>
        <translation>Escriba o elija la fecha (F4)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="253"/>
        <source>Removed {n} hidden character(s) from the pasted text (control or direction codes). Check the name reads as it should.</source>
        <translation>Se quitaron {n} caracteres ocultos del texto pegado (códigos de control o de dirección). Compruebe que el nombre se lee bien.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="341"/>
        <source>Type all four digits of the year, for example 1958.</source>
        <translation>Escriba las cuatro cifras del año, por ejemplo 1958.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="372"/>
        <source>Type the patient&apos;s name. It is needed to save and for the handout.</source>
        <translation>Escriba el nombre del paciente. Hace falta para guardar y para el folleto.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="375"/>
        <source>Choose how the twitching has been since surgery.</source>
        <translation>Elija cómo han estado los tics desde la operación.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="379"/>
        <source>Choose the date of the surgery.</source>
        <translation>Elija la fecha de la operación.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="382"/>
        <source>The surgery date is after the visit date. Check both dates.</source>
        <translation>La fecha de la operación es posterior a la de la consulta. Revise las dos fechas.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="386"/>
        <source>The year of birth is after the visit. Check the year.</source>
        <translation>El año de nacimiento es posterior a la consulta. Revise el año.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="388"/>
        <source>Type a year between 1900 and 2100, or leave it blank.</source>
        <translation>Escriba un año entre 1900 y 2100, o déjelo en blanco.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="393"/>
        <source>Too long: {n:,} characters, at most {limit:,}. Remove {over:,}.</source>
        <translation>Demasiado largo: {n:,} caracteres, como máximo {limit:,}. Quite {over:,}.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="396"/>
        <source>This is too long: {detail}.</source>
        <translation>Esto es demasiado largo: {detail}.</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="83"/>
        <source>Everything here prints in the handout: the questions under “Questions you want to ask”, the notes in a box marked as your own words.</source>
        <translation>Todo lo de aquí se imprime en el folleto: las preguntas bajo «Preguntas que quiere hacer» y las notas en un cuadro marcado como palabras suyas.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="95"/>
        <source>Questions the patient may want to ask</source>
        <translation>Preguntas que el paciente quizá quiera hacer</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="96"/>
        <source>Tick the ones they choose.</source>
        <translation>Marque las que elija.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="128"/>
        <source>&amp;Own questions, one per line</source>
        <translation>&amp;Preguntas propias, una por línea</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="129"/>
        <source>questions</source>
        <translation>preguntas</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="132"/>
        <source>In the patient&apos;s own words</source>
        <translation>Con las palabras del paciente</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="141"/>
        <source>&amp;Notes from the care team</source>
        <translation>&amp;Notas del equipo médico</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="142"/>
        <source>characters</source>
        <translation>caracteres</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="145"/>
        <source>Short sentences and everyday words read best at home.</source>
        <translation>Las frases cortas y las palabras de todos los días se leen mejor en casa.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="256"/>
        <source>Reading level: shown as you type.</source>
        <translation>Nivel de lectura: se muestra mientras escribe.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="260"/>
        <source>Reading level: grade {grade}. Easy to read.</source>
        <translation>Nivel de lectura: grado {grade}. Fácil de leer.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="266"/>
        <source>Reading level: grade {grade}. Try shorter sentences and everyday words (aim for grade {aim} or below).</source>
        <translation>Nivel de lectura: grado {grade}. Pruebe frases más cortas y palabras de todos los días (busque el grado {aim} o menos).</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="300"/>
        <source>Question {n} is {length:,} characters long; the limit is {limit:,}.</source>
        <translation>La pregunta {n} tiene {length:,} caracteres; el límite es {limit:,}.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="303"/>
        <source>There are more than {limit} questions; remove some.</source>
        <translation>Hay más de {limit} preguntas; quite algunas.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="310"/>
        <source>The notes are too long; the limit is {limit:,} characters.</source>
        <translation>Las notas son demasiado largas; el límite es {limit:,} caracteres.</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <location filename="../../hfs_desktop/ui/readiness.py" line="30"/>
        <source>Add the local emergency number (for example 999, 112 or 911) in the clinic profile. Without it the handout says &apos;your local emergency number&apos;.</source>
        <translation>Añada el número de emergencias local (por ejemplo 112, 999 o 911) en el perfil del centro. Sin él, el folleto dice «su número de emergencias local».</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/readiness.py" line="35"/>
        <source>Add the number to call at night and at weekends in the clinic profile. Without it the handout tells the patient to call the emergency number then.</source>
        <translation>Añada en el perfil del centro el número para llamar de noche y los fines de semana. Sin él, el folleto indica llamar entonces al número de emergencias.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/readiness.py" line="65"/>
        <source>The surgery date ({surgery}) is before the year of birth ({birth}). Check both.</source>
        <translation>La fecha de la operación ({surgery}) es anterior al año de nacimiento ({birth}). Compruebe ambos.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/readiness.py" line="78"/>
        <source>The surgery date is in the future, but the stage says the surgery has happened. Check the date or the stage.</source>
        <translation>La fecha de la operación es futura, pero la etapa indica que ya se operó. Compruebe la fecha o la etapa.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/readiness.py" line="94"/>
        <source>Type the patient&apos;s name.</source>
        <translation>Escriba el nombre del paciente.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/readiness.py" line="101"/>
        <source>Add the clinic&apos;s phone number (Tools ▸ Clinic profile): the handout tells the patient to call it.</source>
        <translation>Añada el teléfono de la clínica (Herramientas ▸ Perfil del centro): el folleto le dice al paciente que llame a ese número.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/readiness.py" line="129"/>
        <source>causes</source>
        <translation>causas</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/readiness.py" line="130"/>
        <source>risks</source>
        <translation>riesgos</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/readiness.py" line="137"/>
        <source>{n} ticked ({what}) in a section the handout leaves out: they will not print. Include this section?</source>
        <translation>{n} marcados ({what}) en una sección que el folleto no incluye: no se imprimirán. ¿Incluir esta sección?</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="62"/>
        <source>Check what was covered and that the handout is complete, then save or print it.</source>
        <translation>Revise lo que se trató y que el folleto esté completo; después guárdelo o imprímalo.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="67"/>
        <source>Before the handout goes out</source>
        <translation>Antes de entregar el folleto</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="85"/>
        <source>What was covered</source>
        <translation>Lo que se trató</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="93"/>
        <source>The handout</source>
        <translation>El folleto</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="98"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="100"/>
        <source>Pr&amp;int…</source>
        <translation>Impr&amp;imir…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="101"/>
        <source>&amp;Open PDF</source>
        <translation>&amp;Abrir PDF</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="102"/>
        <source>Show in &amp;folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="113"/>
        <source>For the follow-up visit</source>
        <translation>Para la próxima consulta</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="121"/>
        <source>Save &amp;consultation…</source>
        <translation>Guardar la &amp;consulta…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="122"/>
        <source>Start &amp;next patient</source>
        <translation>&amp;Siguiente paciente</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="188"/>
        <source>{tick} Ready: nothing is missing.</source>
        <translation>{tick} Listo: no falta nada.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="192"/>
        <source>Fix these first; Save PDF and Print wait until they are done:</source>
        <translation>Corrija esto primero; Guardar PDF e Imprimir esperan hasta entonces:</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="201"/>
        <source>Include this section</source>
        <translation>Incluir esta sección</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="206"/>
        <source>Go to {step}</source>
        <translation>Ir a {step}</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="213"/>
        <source>Advice (the handout can go out):</source>
        <translation>Aviso (el folleto se puede entregar):</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="230"/>
        <source>discussed</source>
        <translation>hablado</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="230"/>
        <source>not marked discussed</source>
        <translation>no marcado como hablado</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="231"/>
        <source>in the handout</source>
        <translation>en el folleto</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="231"/>
        <source>left out</source>
        <translation>fuera del folleto</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="235"/>
        <source>teach-back {n} of {total}</source>
        <translation>repaso {n} de {total}</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="240"/>
        <source>{topic}: {details}</source>
        <translation>{topic}: {details}</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="245"/>
        <source>Questions: {chosen} from the list, {own} of their own.</source>
        <translation>Preguntas: {chosen} de la lista, {own} propias.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="250"/>
        <source>Notes from the care team: {state}.</source>
        <translation>Notas del equipo: {state}.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="251"/>
        <source>written</source>
        <translation>escritas</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="251"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="261"/>
        <source>Saved as {name}.</source>
        <translation>Guardado como {name}.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="263"/>
        <source>Not saved as a PDF yet.</source>
        <translation>Aún no se ha guardado como PDF.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="268"/>
        <source>This consultation is not saved. Save it if the patient will come back: the follow-up visit opens the file and starts where you left off. The PDF cannot be opened for editing. If there is no follow-up, you need not save it.</source>
        <translation>Esta consulta no está guardada. Guárdela si el paciente volverá: en la próxima consulta se abre el archivo y se sigue donde lo dejó. El PDF no se puede abrir para editarlo. Si no hay seguimiento, no hace falta guardarla.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="274"/>
        <source>Saved as {name}, but with changes since. Save again to keep them for the follow-up visit.</source>
        <translation>Guardada como {name}, pero con cambios desde entonces. Guárdela otra vez para conservarlos para la próxima consulta.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/review.py" line="279"/>
        <source>Saved as {name}: open it at the follow-up visit to start where you left off.</source>
        <translation>Guardada como {name}: ábrala en la próxima consulta para seguir donde lo dejó.</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <location filename="../../hfs_desktop/ui/session_ops.py" line="41"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/session_ops.py" line="42"/>
        <source>This consultation has changes that are not saved.

Save the consultation file before you {doing}? You need it only if the patient comes back for a follow-up visit; a saved PDF is not enough to continue from.</source>
        <translation>Esta consulta tiene cambios sin guardar.

¿Guardar el archivo de la consulta antes de {doing}? Solo lo necesita si el paciente vuelve a una próxima consulta; un PDF guardado no basta para continuar.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/session_ops.py" line="58"/>
        <source>start a new consultation</source>
        <translation>empezar una consulta nueva</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/session_ops.py" line="63"/>
        <source>New consultation started.</source>
        <translation>Nueva consulta empezada.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/session_ops.py" line="68"/>
        <source>open another consultation</source>
        <translation>abrir otra consulta</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/session_ops.py" line="71"/>
        <source>Open a consultation</source>
        <translation>Abrir una consulta</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/session_ops.py" line="82"/>
        <location filename="../../hfs_desktop/ui/session_ops.py" line="90"/>
        <source>This file cannot be opened</source>
        <translation>Este archivo no se puede abrir</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/session_ops.py" line="91"/>
        <source>{name} needs counseling content this copy of HFS Counsel does not have (a newer version, or another language).</source>
        <translation>{name} necesita contenido de asesoramiento que esta copia de HFS Counsel no tiene (una versión más nueva u otro idioma).</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/session_ops.py" line="103"/>
        <source>Opened {name}.</source>
        <translation>Abierto {name}.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/session_ops.py" line="113"/>
        <location filename="../../hfs_desktop/ui/session_ops.py" line="131"/>
        <source>saved</source>
        <translation>guardar</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/session_ops.py" line="117"/>
        <source>Save the consultation</source>
        <translation>Guardar la consulta</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/session_ops.py" line="137"/>
        <location filename="../../hfs_desktop/ui/session_ops.py" line="141"/>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/session_ops.py" line="146"/>
        <source>Saved {name}.</source>
        <translation>Guardado {name}.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/session_ops.py" line="155"/>
        <source>{name} is not a consultation saved by HFS Counsel, or it was damaged after it was saved. Nothing was changed. If you have another copy, open that one.</source>
        <translation>{name} no es una consulta guardada por HFS Counsel, o se dañó después de guardarla. No se cambió nada. Si tiene otra copia, abra esa.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/session_ops.py" line="160"/>
        <source>{name} is a consultation file, but some of its entries are not valid, so it cannot be opened safely. Nothing was changed.</source>
        <translation>{name} es un archivo de consulta, pero algunos de sus datos no son válidos y no se puede abrir con seguridad. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>StepNavigator</name>
    <message>
        <location filename="../../hfs_desktop/ui/navigator.py" line="221"/>
        <source>Recommended</source>
        <translation>Recomendado</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/navigator.py" line="223"/>
        <source>Check this step</source>
        <translation>Revisar este paso</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/navigator.py" line="227"/>
        <source>recommended</source>
        <translation>recomendado</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/navigator.py" line="229"/>
        <source>discussed</source>
        <translation>hablado</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/navigator.py" line="231"/>
        <source>needs checking before the handout goes out</source>
        <translation>hay que revisarlo antes de entregar el folleto</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../hfs_desktop/ui/steps.py" line="61"/>
        <source>Patient &amp; visit</source>
        <translation>Paciente y consulta</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/steps.py" line="62"/>
        <source>The surgery</source>
        <translation>La operación</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/steps.py" line="63"/>
        <source>Recovery</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/steps.py" line="64"/>
        <source>If twitching returns</source>
        <translation>Si los tics vuelven</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/steps.py" line="65"/>
        <source>Second surgery</source>
        <translation>Segunda operación</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/steps.py" line="66"/>
        <source>Questions &amp; notes</source>
        <translation>Preguntas y notas</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/steps.py" line="67"/>
        <source>Handout</source>
        <translation>Folleto</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/steps.py" line="68"/>
        <source>Review &amp; finish</source>
        <translation>Revisar y terminar</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="57"/>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="64"/>
        <source>For the clinician</source>
        <translation>Para el profesional</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="70"/>
        <source>&amp;Include in handout</source>
        <translation>&amp;Incluir en el folleto</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="73"/>
        <source>&amp;Discussed in this visit</source>
        <translation>&amp;Hablado en esta consulta</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="87"/>
        <source>Teach-back</source>
        <translation>Repaso</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="93"/>
        <source>Ask in your own words; tick when the patient explained it back.</source>
        <translation>Pregunte con sus propias palabras; marque cuando el paciente lo haya explicado.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="101"/>
        <source>Tick when explained back</source>
        <translation>Marque cuando lo haya explicado</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="191"/>
        <source>Recommended for this stage: included.</source>
        <translation>Recomendado en esta etapa: incluido.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="193"/>
        <source>Not recommended for this stage.</source>
        <translation>No se recomienda en esta etapa.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="197"/>
        <source>Recommended for this stage. Your choice is kept.</source>
        <translation>Recomendado en esta etapa. Se mantiene su elección.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="199"/>
        <source>Not recommended for this stage. Your choice is kept.</source>
        <translation>No se recomienda en esta etapa. Se mantiene su elección.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="226"/>
        <source>Tick, in the text, each cause that may fit this patient. It prints as ☑.</source>
        <translation>Marque en el texto cada causa que pueda corresponder a este paciente. Se imprime como ☑.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="235"/>
        <source>Tick, in the text, each risk as you discuss it. It prints as ☑.</source>
        <translation>Marque en el texto cada riesgo a medida que lo comenten. Se imprime como ☑.</translation>
    </message>
</context>
<context>
    <name>TopicView</name>
    <message>
        <location filename="../../hfs_desktop/ui/topic_view.py" line="161"/>
        <source>For the clinician (not printed): seeds and studies differ</source>
        <translation>Para el profesional (no se imprime): las fuentes y los estudios no coinciden</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/topic_view.py" line="246"/>
        <source>Tick if this may fit the patient</source>
        <translation>Marque si puede ser el caso del paciente</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/topic_view.py" line="248"/>
        <source>Tick when discussed</source>
        <translation>Marque cuando se haya hablado</translation>
    </message>
</context>
</TS>
