<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ClinicProfileDialog</name>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="65"/>
        <source>Clinic profile</source>
        <translation>Perfil del centro</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="73"/>
        <source>Every new consultation starts with these. They describe your clinic; nothing about patients is stored here.</source>
        <translation>Cada consulta nueva empieza con estos datos. Describen su centro; aquí no se guarda nada de los pacientes.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="91"/>
        <source>The care team&apos;s daytime number</source>
        <translation>El número del equipo médico de día</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="93"/>
        <source>Nights and weekends</source>
        <translation>Noches y fines de semana</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="95"/>
        <source>For example 999, 112 or 911</source>
        <translation>Por ejemplo 999, 112 o 911</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="98"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="99"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="101"/>
        <source>Clinic &amp;name</source>
        <translation>&amp;Nombre del centro</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="102"/>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="103"/>
        <source>&amp;Out-of-hours phone</source>
        <translation>Teléfono &amp;fuera de horario</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="104"/>
        <source>&amp;Emergency number</source>
        <translation>Número de &amp;emergencias</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="105"/>
        <source>Default &amp;clinician</source>
        <translation>&amp;Profesional por defecto</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="106"/>
        <source>Default pape&amp;r</source>
        <translation>Pape&amp;l por defecto</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="109"/>
        <source>Optional: PNG or JPEG, up to 5 MB</source>
        <translation>Opcional: PNG o JPEG, hasta 5 MB</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="110"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="112"/>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="120"/>
        <source>&amp;Logo</source>
        <translation>&amp;Logotipo</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="131"/>
        <source>Optional: your own results (TOML or JSON); see docs/content-format.md</source>
        <translation>Opcional: sus propios resultados (TOML o JSON); vea docs/content-format.md</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="133"/>
        <source>Choose &amp;file…</source>
        <translation>Elegir &amp;archivo…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="140"/>
        <source>Clinic o&amp;utcome figures</source>
        <translation>Cifras de &amp;resultados del centro</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="183"/>
        <source>The clinic name</source>
        <translation>El nombre del centro</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="184"/>
        <source>The phone number</source>
        <translation>El número de teléfono</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="185"/>
        <source>The out-of-hours phone number</source>
        <translation>El teléfono fuera de horario</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="186"/>
        <source>The emergency number</source>
        <translation>El número de emergencias</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="187"/>
        <source>The clinician&apos;s name</source>
        <translation>El nombre del profesional</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="191"/>
        <source>{what} is {n} characters; the limit is {limit}.</source>
        <translation>{what} tiene {n} caracteres; el límite es {limit}.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="216"/>
        <source>This file cannot be used:</source>
        <translation>Este archivo no se puede usar:</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="222"/>
        <source>Choose the clinic&apos;s outcome figures</source>
        <translation>Elija las cifras de resultados del centro</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="223"/>
        <source>Outcome figures (*.toml *.json)</source>
        <translation>Cifras de resultados (*.toml *.json)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/profile_dialog.py" line="229"/>
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
    <name>HandoutPage</name>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="77"/>
        <source>This is exactly what will print.</source>
        <translation>Esto es exactamente lo que se imprimirá.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="80"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="97"/>
        <source>Use &amp;recommended sections</source>
        <translation>Usar las secciones &amp;recomendadas</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="102"/>
        <source>&amp;Paper size</source>
        <translation>Tamaño del &amp;papel</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="105"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="106"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="110"/>
        <source>&amp;Large print (14 pt and more)</source>
        <translation>&amp;Letra grande (14 pt o más)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="113"/>
        <source>Add a t&amp;witch diary page</source>
        <translation>Añadir una página de &amp;diario de los tics</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="114"/>
        <source>Print &quot;Check your &amp;understanding&quot;</source>
        <translation>Imprimir «Compruebe lo que ha &amp;entendido»</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="119"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="122"/>
        <source>Pr&amp;int…</source>
        <translation>Impr&amp;imir…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="135"/>
        <source>Handout preview</source>
        <translation>Vista previa del folleto</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="192"/>
        <source>Recommended for this stage: {names}.</source>
        <translation>Recomendado en esta etapa: {names}.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="196"/>
        <source>Your own choice. Recommended: {names}.</source>
        <translation>Su propia elección. Recomendado: {names}.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="230"/>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="256"/>
        <source>Preview up to date: {n} pages, {paper}.</source>
        <translation>Vista previa al día: {n} páginas, {paper}.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="265"/>
        <source>The preview could not be made. Your work is safe; try again after the next change. ({kind})</source>
        <translation>No se pudo hacer la vista previa. Su trabajo está a salvo; se intentará de nuevo tras el próximo cambio. ({kind})</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/handout.py" line="273"/>
        <source>Updating the preview…</source>
        <translation>Actualizando la vista previa…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="83"/>
        <source>Patient &amp; visit</source>
        <translation>Paciente y consulta</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="84"/>
        <source>The surgery</source>
        <translation>La operación</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="85"/>
        <source>Recovery</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="86"/>
        <source>If twitching returns</source>
        <translation>Si los tics vuelven</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="87"/>
        <source>Second surgery</source>
        <translation>Segunda operación</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="88"/>
        <source>Questions &amp; notes</source>
        <translation>Preguntas y notas</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="89"/>
        <source>Handout</source>
        <translation>Folleto</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="102"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="103"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="104"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="105"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="106"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="285"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="300"/>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="301"/>
        <source>Next →</source>
        <translation>Siguiente →</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="303"/>
        <source>Previous step (Alt+Left or Ctrl+Page Up)</source>
        <translation>Paso anterior (Alt+Izquierda o Ctrl+Re Pág)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="304"/>
        <source>Next step (Alt+Right or Ctrl+Page Down)</source>
        <translation>Paso siguiente (Alt+Derecha o Ctrl+Av Pág)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="353"/>
        <source>&amp;New consultation</source>
        <translation>&amp;Nueva consulta</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="355"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="356"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="357"/>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="359"/>
        <source>Save handout as &amp;PDF…</source>
        <translation>Guardar el folleto como &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="361"/>
        <source>P&amp;rint handout…</source>
        <translation>Imp&amp;rimir folleto…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="363"/>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="365"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="386"/>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="389"/>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="392"/>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="395"/>
        <source>&amp;Presentation mode</source>
        <translation>Modo &amp;presentación</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="409"/>
        <source>&amp;Next step</source>
        <translation>Paso &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="412"/>
        <source>&amp;Previous step</source>
        <translation>Paso a&amp;nterior</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="415"/>
        <source>Step &amp;list</source>
        <translation>&amp;Lista de pasos</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="432"/>
        <source>&amp;Clinic profile…</source>
        <translation>&amp;Perfil del centro…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="437"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="439"/>
        <source>&amp;About HFS Counsel</source>
        <translation>&amp;Acerca de HFS Counsel</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="470"/>
        <source>Step {n} of {total} · {title}</source>
        <translation>Paso {n} de {total} · {title}</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="543"/>
        <source>Text size {n} %</source>
        <translation>Tamaño del texto {n} %</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="568"/>
        <source>Settings could not be saved: {reason}</source>
        <translation>No se pudieron guardar los ajustes: {reason}</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="580"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="582"/>
        <source>This consultation has changes that are not saved.

Save them before you {doing}?</source>
        <translation>Esta consulta tiene cambios sin guardar.

¿Guardarlos antes de {doing}?</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="594"/>
        <source>start a new consultation</source>
        <translation>empezar una consulta nueva</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="598"/>
        <source>New consultation started.</source>
        <translation>Nueva consulta empezada.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="602"/>
        <source>open another consultation</source>
        <translation>abrir otra consulta</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="605"/>
        <source>Open a consultation</source>
        <translation>Abrir una consulta</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="621"/>
        <location filename="../../hfs_desktop/ui/main_window.py" line="629"/>
        <source>This file cannot be opened</source>
        <translation>Este archivo no se puede abrir</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="622"/>
        <source>{name} is not a consultation HFS Counsel can open:</source>
        <translation>{name} no es una consulta que HFS Counsel pueda abrir:</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="633"/>
        <source>Opened {name}.</source>
        <translation>Abierto {name}.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="642"/>
        <location filename="../../hfs_desktop/ui/main_window.py" line="660"/>
        <source>saved</source>
        <translation>guardar</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="646"/>
        <source>Save the consultation</source>
        <translation>Guardar la consulta</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="665"/>
        <location filename="../../hfs_desktop/ui/main_window.py" line="668"/>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="672"/>
        <source>Saved {name}.</source>
        <translation>Guardado {name}.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="688"/>
        <source>Please check a few things</source>
        <translation>Revise algunas cosas</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="689"/>
        <source>The consultation cannot be {what} yet:</source>
        <translation>La consulta todavía no se puede {what}:</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="735"/>
        <source>Preparing the handout…</source>
        <translation>Preparando el folleto…</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="762"/>
        <source>printed or saved as a PDF</source>
        <translation>imprimir ni guardar como PDF</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="768"/>
        <source>Handout not ready</source>
        <translation>El folleto no está listo</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="769"/>
        <source>The handout could not be made. Please try again.</source>
        <translation>No se pudo hacer el folleto. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="781"/>
        <source>Save the handout as PDF</source>
        <translation>Guardar el folleto como PDF</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="790"/>
        <source>PDF not saved</source>
        <translation>PDF no guardado</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="793"/>
        <source>Handout saved as {name}.</source>
        <translation>Folleto guardado como {name}.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="827"/>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="840"/>
        <source>Not printed</source>
        <translation>No se imprime</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="862"/>
        <source>The clinic profile applies from the next new consultation.</source>
        <translation>El perfil del centro se aplica desde la próxima consulta nueva.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="870"/>
        <source>Next / previous step</source>
        <translation>Paso siguiente / anterior</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="871"/>
        <source>Go to step 1–7</source>
        <translation>Ir al paso 1–7</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="872"/>
        <source>The list of steps</source>
        <translation>La lista de pasos</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="873"/>
        <source>New consultation</source>
        <translation>Nueva consulta</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="874"/>
        <source>Open / Save / Save as</source>
        <translation>Abrir / Guardar / Guardar como</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="875"/>
        <source>Save handout as PDF</source>
        <translation>Guardar el folleto como PDF</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="876"/>
        <source>Print / Print preview</source>
        <translation>Imprimir / Vista previa de impresión</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="877"/>
        <source>Larger / smaller / normal text</source>
        <translation>Texto más grande / más pequeño / normal</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="878"/>
        <source>Presentation mode</source>
        <translation>Modo presentación</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="878"/>
        <source>F11 (Esc leaves it)</source>
        <translation>F11 (Esc para salir)</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="879"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="882"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="892"/>
        <source>About HFS Counsel</source>
        <translation>Acerca de HFS Counsel</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="894"/>
        <source>HFS Counsel {version}
Counseling content {content} (reviewed {review}).

Patient details stay in memory until you save a file you choose.</source>
        <translation>HFS Counsel {version}
Contenido informativo {content} (revisado el {review}).

Los datos del paciente se quedan en memoria hasta que usted guarde un archivo que elija.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/main_window.py" line="905"/>
        <source>close HFS Counsel</source>
        <translation>cerrar HFS Counsel</translation>
    </message>
</context>
<context>
    <name>PatientPage</name>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="86"/>
        <source>Who the handout is for, and where they are in their care. The stage decides which topics are recommended.</source>
        <translation>Para quién es el folleto y en qué punto de su atención está. La etapa decide qué temas se recomiendan.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="104"/>
        <source>Full name, as it should print</source>
        <translation>Nombre completo, tal como debe imprimirse</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="105"/>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="110"/>
        <source>characters</source>
        <translation>caracteres</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="106"/>
        <source>Patient &amp;name</source>
        <translation>&amp;Nombre del paciente</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="109"/>
        <source>Optional: what they like to be called</source>
        <translation>Opcional: cómo le gusta que le llamen</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="112"/>
        <source>&amp;Preferred name</source>
        <translation>&amp;Nombre preferido</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="122"/>
        <source>e.g. 1958, or leave blank</source>
        <translation>p. ej. 1958, o déjelo en blanco</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="124"/>
        <source>&amp;Year of birth</source>
        <translation>&amp;Año de nacimiento</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="133"/>
        <source>Left</source>
        <translation>Izquierdo</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="134"/>
        <source>Right</source>
        <translation>Derecho</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="135"/>
        <source>Not recorded</source>
        <translation>No anotado</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="142"/>
        <source>Affected &amp;side</source>
        <translation>&amp;Lado afectado</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="150"/>
        <source>Before surgery</source>
        <translation>Antes de la operación</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="151"/>
        <source>After surgery</source>
        <translation>Después de la operación</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="152"/>
        <source>Considering a second surgery</source>
        <translation>Pensando en una segunda operación</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="155"/>
        <source>Stag&amp;e</source>
        <translation>&amp;Etapa</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="158"/>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="289"/>
        <source>Choose how it is going</source>
        <translation>Elija cómo va</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="160"/>
        <source>Stopped</source>
        <translation>Pararon</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="161"/>
        <source>Improving</source>
        <translation>Mejorando</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="162"/>
        <source>Unchanged</source>
        <translation>Igual</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="163"/>
        <source>Came back after stopping</source>
        <translation>Volvieron tras parar</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="166"/>
        <source>T&amp;witching since surgery</source>
        <translation>&amp;Tics desde la operación</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="176"/>
        <source>Surgery &amp;date</source>
        <translation>&amp;Fecha de la operación</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="177"/>
        <source>V&amp;isit date</source>
        <translation>Fecha de la &amp;consulta</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="180"/>
        <source>Who is seeing the patient today</source>
        <translation>Quién atiende hoy al paciente</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="181"/>
        <source>&amp;Clinician</source>
        <translation>&amp;Profesional</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="185"/>
        <source>Clinic</source>
        <translation>Centro</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="278"/>
        <source>Not set: add it in Tools ▸ Clinic profile</source>
        <translation>Sin definir: añádalo en Herramientas ▸ Perfil del centro</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="286"/>
        <source>Choose the date</source>
        <translation>Elija la fecha</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="286"/>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="289"/>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="357"/>
        <source>Type all four digits of the year, for example 1958.</source>
        <translation>Escriba las cuatro cifras del año, por ejemplo 1958.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="385"/>
        <source>Type the patient&apos;s name. It is needed to save and for the handout.</source>
        <translation>Escriba el nombre del paciente. Hace falta para guardar y para el folleto.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="388"/>
        <source>Choose how the twitching has been since surgery.</source>
        <translation>Elija cómo han estado los tics desde la operación.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="392"/>
        <source>Choose the date of the surgery.</source>
        <translation>Elija la fecha de la operación.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="395"/>
        <source>The surgery date is after the visit date. Check both dates.</source>
        <translation>La fecha de la operación es posterior a la de la consulta. Revise las dos fechas.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="399"/>
        <source>The year of birth is after the visit. Check the year.</source>
        <translation>El año de nacimiento es posterior a la consulta. Revise el año.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="401"/>
        <source>Type a year between 1900 and 2100, or leave it blank.</source>
        <translation>Escriba un año entre 1900 y 2100, o déjelo en blanco.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/patient.py" line="403"/>
        <source>This is too long: {detail}.</source>
        <translation>Esto es demasiado largo: {detail}.</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="59"/>
        <source>Everything here prints in the handout: the questions under “Questions you want to ask”, the notes in a box marked as your own words.</source>
        <translation>Todo lo de aquí se imprime en el folleto: las preguntas bajo «Preguntas que quiere hacer» y las notas en un cuadro marcado como palabras suyas.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="74"/>
        <source>Questions the patient may want to ask</source>
        <translation>Preguntas que el paciente quizá quiera hacer</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="78"/>
        <source>Tick the ones they choose.</source>
        <translation>Marque las que elija.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="106"/>
        <source>&amp;Own questions, one per line</source>
        <translation>&amp;Preguntas propias, una por línea</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="108"/>
        <source>questions</source>
        <translation>preguntas</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="111"/>
        <source>In the patient&apos;s own words</source>
        <translation>Con las palabras del paciente</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="120"/>
        <source>&amp;Notes from the care team</source>
        <translation>&amp;Notas del equipo médico</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="122"/>
        <source>characters</source>
        <translation>caracteres</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="125"/>
        <source>Short sentences and everyday words read best at home.</source>
        <translation>Las frases cortas y las palabras de todos los días se leen mejor en casa.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="198"/>
        <source>Reading level: shown as you type.</source>
        <translation>Nivel de lectura: se muestra mientras escribe.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="202"/>
        <source>Reading level: grade {grade}. Easy to read.</source>
        <translation>Nivel de lectura: grado {grade}. Fácil de leer.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="208"/>
        <source>Reading level: grade {grade}. Try shorter sentences and everyday words (aim for grade {aim} or below).</source>
        <translation>Nivel de lectura: grado {grade}. Pruebe frases más cortas y palabras de todos los días (busque el grado {aim} o menos).</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="240"/>
        <source>Question {n} is {length:,} characters long; the limit is {limit:,}.</source>
        <translation>La pregunta {n} tiene {length:,} caracteres; el límite es {limit:,}.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="243"/>
        <source>There are more than {limit} questions; remove some.</source>
        <translation>Hay más de {limit} preguntas; quite algunas.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/questions.py" line="250"/>
        <source>The notes are too long; the limit is {limit:,} characters.</source>
        <translation>Las notas son demasiado largas; el límite es {limit:,} caracteres.</translation>
    </message>
</context>
<context>
    <name>StepNavigator</name>
    <message>
        <location filename="../../hfs_desktop/ui/navigator.py" line="136"/>
        <source>Recommended</source>
        <translation>Recomendado</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/navigator.py" line="139"/>
        <source>recommended</source>
        <translation>recomendado</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/navigator.py" line="141"/>
        <source>discussed</source>
        <translation>hablado</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="62"/>
        <source>For the clinician</source>
        <translation>Para el profesional</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="66"/>
        <source>&amp;Include in handout</source>
        <translation>&amp;Incluir en el folleto</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="68"/>
        <source>&amp;Discussed in this visit</source>
        <translation>&amp;Hablado en esta consulta</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="81"/>
        <source>Teach-back</source>
        <translation>Comprobar lo entendido</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="86"/>
        <source>Ask in your own words; tick when the patient explained it back.</source>
        <translation>Pregunte con sus propias palabras; marque cuando el paciente lo haya explicado.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="94"/>
        <source>Tick when explained back</source>
        <translation>Marque cuando lo haya explicado</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="161"/>
        <source>Recommended for this stage: included.</source>
        <translation>Recomendado en esta etapa: incluido.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="163"/>
        <source>Not recommended for this stage.</source>
        <translation>No se recomienda en esta etapa.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="167"/>
        <source>Recommended for this stage. Your choice is kept.</source>
        <translation>Recomendado en esta etapa. Se mantiene su elección.</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/pages/topics.py" line="169"/>
        <source>Not recommended for this stage. Your choice is kept.</source>
        <translation>No se recomienda en esta etapa. Se mantiene su elección.</translation>
    </message>
</context>
<context>
    <name>TopicView</name>
    <message>
        <location filename="../../hfs_desktop/ui/topic_view.py" line="238"/>
        <source>For the clinician (not printed): seeds and studies differ</source>
        <translation>Para el profesional (no se imprime): las fuentes y los estudios no coinciden</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/topic_view.py" line="303"/>
        <source>Tick if this may fit the patient</source>
        <translation>Marque si puede ser el caso del paciente</translation>
    </message>
    <message>
        <location filename="../../hfs_desktop/ui/topic_view.py" line="305"/>
        <source>Tick when discussed</source>
        <translation>Marque cuando se haya hablado</translation>
    </message>
</context>
</TS>
