"""Hand-written German and Russian texts for the .ts files: ``{english: (german, russian)}``.

``translations/fill.py`` puts them into messages that lupdate marked unfinished. German
addresses the staff with "Sie"; Russian with "вы". Words used throughout:
badge = Namensschild / бейдж, check in = einchecken / регистрация (on site), registration
(signed up) = Anmeldung / заявка, walk-in = Gast ohne Anmeldung / гость без заявки,
desk = Schalter / стойка, programme item = Programmpunkt / пункт программы,
table = Tisch / стол, field (industry) = Branche / отрасль, host = Gastgeber / ведущий стола.
"""

# ruff: noqa: E501
# A text with %n has its plural forms as a tuple: German (one, other), Russian (one, few, many).
TEXTS: dict[str, tuple] = {
    # -- main window and menus ------------------------------------------------------------------
    "&File": ("&Datei", "&Файл"),
    "&Guests": ("&Gäste", "&Гости"),
    "&Tables": ("&Tische", "С&толы"),
    "&Badges": ("&Namensschilder", "&Бейджи"),
    "&Reports": ("&Berichte", "&Отчёты"),
    "&Desks": ("&Schalter", "&Стойки"),
    "&Admin": ("&Verwaltung", "&Администрирование"),
    "&Help": ("&Hilfe", "Сп&равка"),
    "&Language": ("S&prache", "&Язык"),
    "&Programme item:": ("&Programmpunkt:", "&Пункт программы:"),
    "Desk: %1": ("Schalter: %1", "Стойка: %1"),
    "&Scan badges": ("Namensschilder &scannen", "&Сканировать бейджи"),
    "&Find by name…": ("Nach &Namen suchen…", "&Найти по имени…"),
    "&Walk-in guest…": ("Gast &ohne Anmeldung…", "Гость &без заявки…"),
    "Guest &list": ("Gäste&liste", "С&писок гостей"),
    "&Undo last check-in": ("Letzten Check-in &rückgängig", "&Отменить последнюю регистрацию"),
    "Choose &programme item": ("&Programmpunkt wählen", "Выбрать &пункт программы"),
    "&Guest display": ("Gäste&anzeige", "&Экран для гостей"),
    "then %1": ("danach %1", "затем %1"),  # the later meeting rounds on the result card
    "&Sounds on refusals": ("&Töne bei Abweisungen", "&Звук при отказе"),
    "&Quit": ("&Beenden", "В&ыход"),
    "There is no check-in to undo.": (
        "Es gibt keinen Check-in, der rückgängig gemacht werden kann.",
        "Нет регистрации, которую можно отменить.",
    ),
    "Check-in of %1 undone.": ("Check-in von %1 rückgängig gemacht.", "Регистрация гостя %1 отменена."),
    "Badge printing is not available.": (
        "Der Druck von Namensschildern ist nicht verfügbar.",
        "Печать бейджей недоступна.",
    ),
    "The badge could not be printed: %1": (
        "Das Namensschild konnte nicht gedruckt werden: %1",
        "Не удалось напечатать бейдж: %1",
    ),
    "Badge of %1 saved as %2 – no PDF viewer found to print it.": (
        "Namensschild von %1 als %2 gespeichert – kein PDF-Programm zum Drucken gefunden.",
        "Бейдж гостя %1 сохранён в %2 – программа для печати PDF не найдена.",
    ),
    "Badge of %1 sent to print.": (
        "Namensschild von %1 wird gedruckt.",
        "Бейдж гостя %1 отправлен на печать.",
    ),
    "Open event": ("Veranstaltung öffnen", "Открыть мероприятие"),
    "Event files (*.checkin);;All files (*)": (
        "Veranstaltungsdateien (*.checkin);;Alle Dateien (*)",
        "Файлы мероприятий (*.checkin);;Все файлы (*)",
    ),
    # -- scan view and result card --------------------------------------------------------------
    "Scan a badge – or type its code and press Enter": (
        "Namensschild scannen – oder den Code eintippen und Enter drücken",
        "Отсканируйте бейдж – или введите код и нажмите Enter",
    ),
    "Scanner keyboard layout repaired (%1).": (
        "Tastaturbelegung des Scanners korrigiert (%1).",
        "Раскладка клавиатуры сканера исправлена (%1).",
    ),
    "Print badge now (F8)": ("Namensschild jetzt drucken (F8)", "Напечатать бейдж (F8)"),
    "Ready – scan the next badge": (
        "Bereit – nächstes Namensschild scannen",
        "Готово – сканируйте следующий бейдж",
    ),
    "F3: find by name · F4: walk-in · F5: guest list · Ctrl+Z: undo last check-in": (
        "F3: Namenssuche · F4: ohne Anmeldung · F5: Gästeliste · Strg+Z: letzten Check-in zurücknehmen",
        "F3: поиск по имени · F4: гость без заявки · F5: список гостей · Ctrl+Z: отменить регистрацию",
    ),
    "Welcome, %1!": ("Willkommen, %1!", "Добро пожаловать, %1!"),
    "%1 is already checked in": ("%1 ist bereits eingecheckt", "%1: регистрация уже пройдена"),
    "Old badge of %1 – it was replaced": (
        "Altes Namensschild von %1 – es wurde ersetzt",
        "Старый бейдж гостя %1 – он заменён",
    ),
    "Unknown code": ("Unbekannter Code", "Неизвестный код"),
    "Invalid badge code": ("Ungültiger Namensschild-Code", "Недействительный код бейджа"),
    "Badge of another event": (
        "Namensschild einer anderen Veranstaltung",
        "Бейдж другого мероприятия",
    ),
    "%1 has cancelled": ("%1 hat abgesagt", "%1: участие отменено"),
    "%1 is not on this list": ("%1 steht nicht auf dieser Liste", "%1: нет в этом списке"),
    "No table assigned": ("Kein Tisch zugewiesen", "Стол не назначен"),
    "Table %1": ("Tisch %1", "Стол %1"),
    "Since %1 at desk %2": ("Seit %1 am Schalter %2", "С %1, стойка %2"),
    "Scanned: %1": ("Gescannt: %1", "Отсканировано: %1"),
    "Note: %1": ("Hinweis: %1", "Примечание: %1"),
    "Badge: %1": ("Namensschild: %1", "Бейдж: %1"),
    "The guest has a printed badge.": (
        "Der Gast hat ein gedrucktes Namensschild.",
        "У гостя есть напечатанный бейдж.",
    ),
    "No pre-printed badge – press F8 to print it now.": (
        "Kein vorgedrucktes Namensschild – mit F8 jetzt drucken.",
        "Бейдж не напечатан заранее – нажмите F8, чтобы напечатать.",
    ),
    "No pre-printed badge.": ("Kein vorgedrucktes Namensschild.", "Бейдж не напечатан заранее."),
    "Let them in if it is the same person; otherwise check the ID.": (
        "Einlassen, wenn es dieselbe Person ist; sonst den Ausweis prüfen.",
        "Пропустите, если это тот же человек; иначе проверьте документ.",
    ),
    "Ask for the newer badge or ID, then find the guest by name (F3).": (
        "Nach dem neueren Namensschild oder dem Ausweis fragen, dann den Gast nach Namen suchen (F3).",
        "Попросите новый бейдж или документ, затем найдите гостя по имени (F3).",
    ),
    "Find the guest by name (F3) or register them as a walk-in (F4).": (
        "Den Gast nach Namen suchen (F3) oder als Gast ohne Anmeldung aufnehmen (F4).",
        "Найдите гостя по имени (F3) или запишите как гостя без заявки (F4).",
    ),
    "Check the ID and find the guest by name (F3); tell the organiser if it repeats.": (
        "Ausweis prüfen und den Gast nach Namen suchen (F3); bei Wiederholung den Veranstalter informieren.",
        "Проверьте документ и найдите гостя по имени (F3); если это повторится, сообщите организатору.",
    ),
    "Ask for this event's invitation, or find the guest by name (F3).": (
        "Nach der Einladung zu dieser Veranstaltung fragen oder den Gast nach Namen suchen (F3).",
        "Попросите приглашение на это мероприятие или найдите гостя по имени (F3).",
    ),
    "Ask the organiser before letting them in; the registration can be restored in the guest list (F5).": (
        "Vor dem Einlass den Veranstalter fragen; die Anmeldung lässt sich in der Gästeliste (F5) wiederherstellen.",
        "Прежде чем пропустить, спросите организатора; заявку можно восстановить в списке гостей (F5).",
    ),
    "Check the programme item above (F6) – %1 – or ask the organiser.": (
        "Den Programmpunkt oben prüfen (F6) – %1 – oder den Veranstalter fragen.",
        "Проверьте пункт программы вверху (F6) – %1 – или спросите организатора.",
    ),
    "reported lost": ("als verloren gemeldet", "заявлен как утерянный"),
    "damaged": ("beschädigt", "повреждён"),
    "misprinted": ("fehlerhaft gedruckt", "напечатан с ошибкой"),
    "a colleague took the place": ("ein Kollege kam an seiner Stelle", "вместо гостя пришёл коллега"),
    "Replaced %1 at desk %2": ("Ersetzt am %1 (Schalter %2)", "Заменён %1, стойка %2"),
    "Replaced by a newer badge": (
        "Durch ein neueres Namensschild ersetzt",
        "Заменён новым бейджем",
    ),
    "Keep this badge: it was reported lost. %1 has the current badge – check the ID before letting anyone in.": (
        "Dieses Namensschild einbehalten: Es wurde als verloren gemeldet. %1 hat das gültige Namensschild – vor dem Einlass den Ausweis prüfen.",
        "Оставьте этот бейдж у себя: он заявлен как утерянный. Действующий бейдж у гостя %1 – проверьте документ, прежде чем пропустить.",
    ),
    "The registration now belongs to %1. Keep this badge; if this is %1, find them by name (F3).": (
        "Die Anmeldung gehört jetzt %1. Dieses Namensschild einbehalten; ist dies %1, nach Namen suchen (F3).",
        "Заявка теперь оформлена на гостя %1. Оставьте этот бейдж у себя; если это %1, найдите гостя по имени (F3).",
    ),
    "A newer badge was printed for %1. Keep this one, ask for the new badge or find the guest by name (F3).": (
        "Für %1 wurde ein neueres Namensschild gedruckt. Dieses einbehalten, nach dem neuen fragen oder den Gast nach Namen suchen (F3).",
        "Для гостя %1 напечатан новый бейдж. Оставьте этот у себя, попросите новый или найдите гостя по имени (F3).",
    ),
    "Badge sent to printer %1 – hand it over.": (
        "Namensschild an Drucker %1 gesendet – bitte aushändigen.",
        "Бейдж отправлен на принтер %1 – выдайте его гостю.",
    ),
    "Badge printed – hand it over.": (
        "Namensschild gedruckt – bitte aushändigen.",
        "Бейдж напечатан – выдайте его гостю.",
    ),
    "%1 / %2 checked in": ("%1 / %2 eingecheckt", "%1 / %2 зарегистрированы"),
    # -- search ------------------------------------------------------------------------------------
    "Name, organisation or e-mail – any spelling, Latin or Cyrillic": (
        "Name, Organisation oder E-Mail – jede Schreibweise, lateinisch oder kyrillisch",
        "Имя, организация или e-mail – любое написание, латиница или кириллица",
    ),
    "↑ ↓ choose · Enter: check in · Esc: back to scanning": (
        "↑ ↓ auswählen · Enter: einchecken · Esc: zurück zum Scannen",
        "↑ ↓ выбор · Enter: зарегистрировать · Esc: назад к сканированию",
    ),
    "already checked in": ("bereits eingecheckt", "регистрация уже пройдена"),
    "table %1": ("Tisch %1", "стол %1"),
    # -- guest list and guest dialogs ---------------------------------------------------------------
    "Filter by name, organisation, e-mail": (
        "Nach Name, Organisation, E-Mail filtern",
        "Фильтр по имени, организации, e-mail",
    ),
    "All statuses": ("Alle Status", "Все статусы"),
    "Checked out": ("Ausgecheckt", "Выход отмечен"),
    "Cancelled": ("Abgesagt", "Участие отменено"),
    "All categories": ("Alle Kategorien", "Все категории"),
    "&Edit…": ("&Bearbeiten…", "&Изменить…"),
    "Check &in": ("&Einchecken", "&Зарегистрировать"),
    "Check &out": ("&Auschecken", "Отметить &уход"),
    "&Undo last action": ("Letzte Aktion &rückgängig", "&Отменить последнее действие"),
    "Status:": ("Status:", "Статус:"),
    "Category:": ("Kategorie:", "Категория:"),
    "Guest list": ("Gästeliste", "Список гостей"),
    "Family name": ("Nachname", "Фамилия"),
    "Given name": ("Vorname", "Имя"),
    "Category": ("Kategorie", "Категория"),
    "Status": ("Status", "Статус"),
    "Badge printed": ("Namensschild gedruckt", "Бейдж напечатан"),
    "expected": ("erwartet", "ожидается"),
    "checked in": ("eingecheckt", "на месте"),
    "checked out": ("ausgecheckt", "выход отмечен"),
    "cancelled": ("abgesagt", "отменено"),
    "yes": ("ja", "да"),
    "no": ("nein", "нет"),
    "e.g. de, ru – empty: the guest's language": (
        "z. B. de, ru – leer: die Sprache des Gastes",
        "например, de, ru – пусто: язык гостя",
    ),
    "Languages &spoken": ("Gesprochene &Sprachen", "Языки &общения"),
    "Agrees to share contact &details": (
        "Einverstanden mit der Weitergabe der &Kontaktdaten",
        "Согласие на передачу &контактных данных",
    ),
    "F3: find by name · F4: walk-in · F5: guest list\nF6: programme item · F7: guest display · Ctrl+Z: undo last check-in": (
        "F3: Namenssuche · F4: ohne Anmeldung · F5: Gästeliste\nF6: Programmpunkt · F7: Gästeanzeige · Strg+Z: letzten Check-in zurücknehmen",
        "F3: поиск по имени · F4: гость без заявки · F5: список гостей\nF6: пункт программы · F7: экран для гостей · Ctrl+Z: отменить регистрацию",
    ),
    "Round %1: table %2": ("Runde %1: Tisch %2", "Раунд %1: стол %2"),
    "round %1: table %2": ("Runde %1: Tisch %2", "раунд %1: стол %2"),
    "Guest: %1": ("Gast: %1", "Гость: %1"),
    "Registration &cancelled": ("Anmeldung &storniert", "Заявка &отменена"),
    "Salutation": ("Anrede", "Обращение"),
    "&Given name": ("&Vorname", "&Имя"),
    "Patronymic": ("Vatersname", "Отчество"),
    "&Family name": ("&Nachname", "&Фамилия"),
    "&Organisation": ("&Organisation", "&Организация"),
    "Position": ("Funktion", "Должность"),
    "&E-mail": ("&E-Mail", "&E-mail"),
    "Phone": ("Telefon", "Телефон"),
    "&Category": ("&Kategorie", "&Категория"),
    "&Table": ("&Tisch", "&Стол"),
    "&Notes for staff": ("&Hinweise fürs Personal", "&Заметки для персонала"),
    "– none –": ("– keiner –", "– нет –"),
    "Walk-in guest": ("Gast ohne Anmeldung", "Гость без заявки"),
    "Check &in now": ("Gleich &einchecken", "Сразу &зарегистрировать"),
    "&Print the badge now": ("Namensschild gleich &drucken", "Сразу &напечатать бейдж"),
    "&Register": ("&Aufnehmen", "&Записать"),
    "Guest display": ("Gästeanzeige", "Экран для гостей"),
    "Self check-in": ("Selbst-Check-in", "Самостоятельная регистрация"),
    "Please hold your badge under the scanner.": (
        "Bitte halten Sie Ihr Namensschild unter den Scanner.",
        "Пожалуйста, поднесите бейдж к сканеру.",
    ),
    # -- new badge, substitute ---------------------------------------------------------------------
    "New badge for %1": ("Neues Namensschild für %1", "Новый бейдж для гостя %1"),
    "Lost – the old badge must not let anyone in": (
        "Verloren – mit dem alten Namensschild kommt niemand mehr hinein",
        "Утерян – по старому бейджу никого не пропускать",
    ),
    "Damaged": ("Beschädigt", "Повреждён"),
    "Misprinted (a typo)": ("Fehldruck (Tippfehler)", "Напечатан с ошибкой (опечатка)"),
    "&Reason:": ("&Grund:", "&Причина:"),
    "&Void old badge": ("Altes Namensschild &sperren", "&Аннулировать старый бейдж"),
    "&Print the new badge now": ("Neues Namensschild gleich &drucken", "Сразу &напечатать новый бейдж"),
    "The current badge of %1 stops working at once.": (
        "Das bisherige Namensschild von %1 wird sofort ungültig.",
        "Текущий бейдж гостя %1 сразу перестанет действовать.",
    ),
    "Substitute for %1": ("Vertretung für %1", "Замена для гостя %1"),
    "Organisation:": ("Organisation:", "Организация:"),
    "&Given name:": ("&Vorname:", "&Имя:"),
    "&Family name:": ("&Nachname:", "&Фамилия:"),
    "&Email:": ("&E-Mail:", "&E-mail:"),
    "P&hone:": ("&Telefon:", "&Телефон:"),
    "&Hand over the registration": ("Anmeldung &übertragen", "&Передать заявку"),
    "Choose a guest first: scan the badge or select them in the list (F5).": (
        "Zuerst einen Gast wählen: Namensschild scannen oder in der Liste (F5) auswählen.",
        "Сначала выберите гостя: отсканируйте бейдж или выберите его в списке (F5).",
    ),
    "The old badge of %1 is void now.": (
        "Das alte Namensschild von %1 ist jetzt ungültig.",
        "Старый бейдж гостя %1 теперь недействителен.",
    ),
    "The new badge of %1 is printing.": (
        "Das neue Namensschild von %1 wird gedruckt.",
        "Новый бейдж гостя %1 печатается.",
    ),
    "&New badge (lost, damaged, misprinted)…": (
        "&Neues Namensschild (verloren, beschädigt, Fehldruck)…",
        "&Новый бейдж (утерян, повреждён, с ошибкой)…",
    ),
    "Su&bstitute (a colleague comes instead)…": (
        "&Vertretung (ein Kollege kommt stattdessen)…",
        "&Замена (вместо гостя приходит коллега)…",
    ),
    # -- badges -------------------------------------------------------------------------------------
    "&Print badges…": ("Namensschilder &drucken…", "&Печать бейджей…"),
    "Print badges": ("Namensschilder drucken", "Печать бейджей"),
    "All tables": ("Alle Tische", "Все столы"),
    "Only badges not printed yet": (
        "Nur noch nicht gedruckte Namensschilder",
        "Только ещё не напечатанные бейджи",
    ),
    "Only the selected guests (%1)": ("Nur die ausgewählten Gäste (%1)", "Только выбранные гости (%1)"),
    "Crop marks": ("Schnittmarken", "Метки обреза"),
    "Cyrillic line under Latin names": (
        "Kyrillische Zeile unter lateinischen Namen",
        "Строка кириллицей под латинскими именами",
    ),
    "Proof copy: do not count these badges as printed": (
        "Probedruck: diese Namensschilder nicht als gedruckt zählen",
        "Пробная печать: не считать эти бейджи напечатанными",
    ),
    "Programme and table": ("Programm und Tisch", "Программа и стол"),
    "Table in large print": ("Tisch in großer Schrift", "Стол крупным шрифтом"),
    "PDF file": ("PDF-Datei", "PDF-файл"),
    "Printer": ("Drucker", "Принтер"),
    "Browse…": ("Durchsuchen…", "Обзор…"),
    "Default printer": ("Standarddrucker", "Принтер по умолчанию"),
    "(no printer installed)": ("(kein Drucker eingerichtet)", "(принтер не установлен)"),
    "&Layout:": ("&Layout:", "&Макет:"),
    "&Categories (none: all):": ("&Kategorien (keine: alle):", "&Категории (не выбрано – все):"),
    "&Table:": ("&Tisch:", "&Стол:"),
    "Options:": ("Optionen:", "Параметры:"),
    "&Back side:": ("&Rückseite:", "&Оборот:"),
    "Output:": ("Ausgabe:", "Вывод:"),
    "&Print badges": ("Namensschilder &drucken", "&Напечатать бейджи"),
    "%n badge(s) will be printed.": (
        ("%n Namensschild wird gedruckt.", "%n Namensschilder werden gedruckt."),
        ("Будет напечатан %n бейдж.", "Будет напечатано %n бейджа.", "Будет напечатано %n бейджей."),
    ),
    "%n of them were printed before.": (
        ("Davon wurde %n schon einmal gedruckt.", "Davon wurden %n schon einmal gedruckt."),
        ("Из них %n уже печатался.", "Из них %n уже печатались.", "Из них %n уже печатались."),
    ),
    "%1 on %2 sent to %3.": ("%1 auf %2 an %3 gesendet.", "%1 на %2 – отправлено: %3."),
    "%n badge(s)": (("%n Namensschild", "%n Namensschilder"), ("%n бейдж", "%n бейджа", "%n бейджей")),
    "%n sheet(s)": (("%n Blatt", "%n Blatt"), ("%n листе", "%n листах", "%n листах")),
    "No guests selected: there are no badges to print.": (
        "Keine Gäste ausgewählt: Es gibt keine Namensschilder zu drucken.",
        "Гости не выбраны: печатать нечего.",
    ),
    "The folder %1 does not exist.": ("Den Ordner %1 gibt es nicht.", "Папка %1 не существует."),
    "Rendering badges…": ("Namensschilder werden erstellt…", "Бейджи формируются…"),
    "Badges were not printed: %1": (
        "Die Namensschilder wurden nicht gedruckt: %1",
        "Бейджи не напечатаны: %1",
    ),
    "Save badges as PDF": ("Namensschilder als PDF speichern", "Сохранить бейджи в PDF"),
    "PDF files (*.pdf)": ("PDF-Dateien (*.pdf)", "Файлы PDF (*.pdf)"),
    # -- print queue ---------------------------------------------------------------------------------
    "Print &queue…": ("Druck&warteschlange…", "&Очередь печати…"),
    "Print queue": ("Druckwarteschlange", "Очередь печати"),
    "Another printer (R)": ("Anderer Drucker (R)", "Другой принтер (R)"),
    "Cancel job (Del)": ("Auftrag abbrechen (Entf)", "Отменить задание (Del)"),
    "Printers of this desk": ("Drucker dieses Schalters", "Принтеры этой стойки"),
    "Add to pool": ("Hinzufügen", "Добавить"),
    "not counted": ("nicht gezählt", "не учитывается"),
    " labels left": (" Etiketten übrig", " этикеток осталось"),
    "Remove": ("Entfernen", "Удалить"),
    "Few labels left – put in a new roll": (
        "Nur noch wenige Etiketten – neue Rolle einlegen",
        "Этикетки заканчиваются – вставьте новый рулон",
    ),
    "#": ("Nr.", "№"),
    "Badge": ("Namensschild", "Бейдж"),
    "State": ("Zustand", "Состояние"),
    "Labels": ("Etiketten", "Этикетки"),
    "printer offline": ("Drucker nicht erreichbar", "принтер недоступен"),
    "out of labels": ("keine Etiketten mehr", "этикетки закончились"),
    "driver error": ("Treiberfehler", "ошибка драйвера"),
    "waiting: %1": ("wartet: %1", "ожидание: %1"),
    "queued": ("in Warteschlange", "в очереди"),
    "printing": ("wird gedruckt", "печатается"),
    "done": ("fertig", "готово"),
    "failed: %1": ("fehlgeschlagen: %1", "ошибка: %1"),
    "Badge %1 not printed (%2): Badges ▸ Print queue, R for another printer.": (
        "Namensschild %1 nicht gedruckt (%2): Namensschilder ▸ Druckwarteschlange, R für einen anderen Drucker.",
        "Бейдж %1 не напечатан (%2): Бейджи ▸ Очередь печати, R – другой принтер.",
    ),
    "Only %1 labels left on %2 – put in a new roll soon.": (
        "Nur noch %1 Etiketten in %2 – bald eine neue Rolle einlegen.",
        "В принтере %2 осталось этикеток: %1 – скоро вставьте новый рулон.",
    ),
    # -- reports, export, statistics ------------------------------------------------------------------
    "&Export…": ("&Exportieren…", "&Экспорт…"),
    "&Statistics…": ("&Statistik…", "&Статистика…"),
    "Export": ("Exportieren", "Экспорт"),
    "Export to": ("Exportieren nach", "Экспорт в файл"),
    "All programme items": ("Alle Programmpunkte", "Все пункты программы"),
    "What:": ("Was:", "Что:"),
    "Programme item:": ("Programmpunkt:", "Пункт программы:"),
    "Language:": ("Sprache:", "Язык:"),
    "File:": ("Datei:", "Файл:"),
    "Attendance – Excel workbook (.xlsx)": (
        "Anwesenheit – Excel-Arbeitsmappe (.xlsx)",
        "Посещаемость – книга Excel (.xlsx)",
    ),
    "Attendance – CSV (comma)": ("Anwesenheit – CSV (Komma)", "Посещаемость – CSV (запятая)"),
    "Attendance – CSV for German Excel (semicolon)": (
        "Anwesenheit – CSV für deutsches Excel (Semikolon)",
        "Посещаемость – CSV для немецкого Excel (точка с запятой)",
    ),
    "Attendance report (PDF)": ("Anwesenheitsbericht (PDF)", "Отчёт о посещаемости (PDF)"),
    "Door list to print (PDF)": ("Einlassliste zum Ausdrucken (PDF)", "Список для входа, для печати (PDF)"),
    "Full check-in log (CSV)": ("Vollständiges Check-in-Protokoll (CSV)", "Полный журнал регистрации (CSV)"),
    "Choose a file to export to.": ("Bitte eine Zieldatei wählen.", "Выберите файл для экспорта."),
    "Exporting…": ("Wird exportiert…", "Экспорт…"),
    "Saved: %1": ("Gespeichert: %1", "Сохранено: %1"),
    "Not exported: %1": ("Nicht exportiert: %1", "Не экспортировано: %1"),
    "Statistics": ("Statistik", "Статистика"),
    "none": ("keine", "нет"),
    "no table": ("kein Tisch", "без стола"),
    "no organisation": ("keine Organisation", "без организации"),
    "By category": ("Nach Kategorie", "По категориям"),
    "By table": ("Nach Tisch", "По столам"),
    "By organisation": ("Nach Organisation", "По организациям"),
    "%1 guests expected, %2 checked in at one programme item or more.": (
        "%1 Gäste erwartet, %2 bei mindestens einem Programmpunkt eingecheckt.",
        "Ожидается гостей: %1; зарегистрированы хотя бы на одном пункте программы: %2.",
    ),
    "No arrivals yet.": ("Noch keine Ankünfte.", "Пока никто не пришёл."),
    "Arrivals per %1 min": ("Ankünfte pro %1 Min.", "Прибытия за %1 мин"),
    "Checked in": ("Eingecheckt", "На месте"),
    "Expected": ("Erwartet", "Ожидается"),
    "Rate": ("Quote", "Доля"),
    "Programme item": ("Programmpunkt", "Пункт программы"),
    "Present": ("Anwesend", "Присутствуют"),
    "No-shows": ("No-Shows", "Не пришли"),
    # -- seating -------------------------------------------------------------------------------------
    "&Seating…": ("&Sitzordnung…", "&Рассадка…"),
    "&Edit tables…": ("Tische &bearbeiten…", "&Изменить столы…"),
    "&Floor plan": ("Saal&plan", "&План зала"),
    "Floor plan": ("Saalplan", "План зала"),
    "Floor plan for guests": ("Saalplan für Gäste", "План зала для гостей"),
    "Floor plan for &guests (shows the way)": (
        "Saalplan für &Gäste (zeigt den Weg)",
        "План зала для &гостей (показывает путь)",
    ),
    "Print &lists for table hosts": ("&Listen für die Gastgeber drucken", "Печать &списков для ведущих столов"),
    "Print seating &overview for the door": (
        "Sitzplan-&Übersicht für den Einlass drucken",
        "Печать &обзора рассадки для входа",
    ),
    "Written: %1": ("Geschrieben: %1", "Записано: %1"),
    "The list could not be written: %1": (
        "Die Liste konnte nicht geschrieben werden: %1",
        "Не удалось записать список: %1",
    ),
    "Seating": ("Sitzordnung", "Рассадка"),
    "Filter: name, organisation, field…": ("Filter: Name, Organisation, Branche…", "Фильтр: имя, организация, отрасль…"),
    "&Seat at table": ("An Tisch &setzen", "&Посадить за стол"),
    "&Remove seat": ("Platz &entfernen", "&Убрать место"),
    "Seat &automatically…": ("&Automatisch setzen…", "&Автоматическая рассадка…"),
    "Tables:": ("Tische:", "Столы:"),
    "Tables (drag guests onto a table)": (
        "Tische (Gäste auf einen Tisch ziehen)",
        "Столы (перетащите гостей на стол)",
    ),
    "&List": ("&Liste", "&Список"),
    "Over capacity": ("Überbelegt", "Переполнен"),
    "With free seats": ("Mit freien Plätzen", "Со свободными местами"),
    "%1 guests seated, %2 without a seat; %3 seats at %4 tables.": (
        "%1 Gäste mit Platz, %2 ohne Platz; %3 Plätze an %4 Tischen.",
        "Рассажено гостей: %1, без места: %2; мест: %3, столов: %4.",
    ),
    "Over capacity: table %1.": ("Überbelegt: Tisch %1.", "Переполнен: стол %1."),
    "Select one or more guests first.": (
        "Bitte zuerst einen oder mehrere Gäste auswählen.",
        "Сначала выберите одного или нескольких гостей.",
    ),
    "Automatic seating: %1 guests changed table.": (
        "Automatische Sitzordnung: %1 Gäste haben den Tisch gewechselt.",
        "Автоматическая рассадка: гостей пересажено: %1.",
    ),
    "Table / guest": ("Tisch / Gast", "Стол / гость"),
    "Organisation / host": ("Firma / Gastgeber", "Фирма / ведущий"),
    "Field": ("Branche", "Отрасль"),
    "Seats / locked": ("Plätze / fest", "Мест / фикс."),
    "Not seated": ("Ohne Platz", "Без места"),
    "Over capacity: %1 guests for %2 seats.": (
        "Überbelegt: %1 Gäste für %2 Plätze.",
        "Переполнен: гостей %1 на %2 мест.",
    ),
    "Visitor (delegation)": ("Besucher (Delegation)", "Гость (делегация)"),
    "Entrance": ("Eingang", "Вход"),
    "Seat guests automatically": ("Gäste automatisch setzen", "Автоматическая рассадка гостей"),
    "Keep people from the same organisation together": (
        "Personen derselben Organisation zusammensetzen",
        "Сажать людей из одной организации вместе",
    ),
    "Only seat guests who have no table yet": (
        "Nur Gäste ohne Tisch setzen",
        "Рассаживать только гостей без стола",
    ),
    "When a field's tables are full, use free seats at other tables": (
        "Sind die Tische einer Branche voll, freie Plätze an anderen Tischen nutzen",
        "Если столы отрасли заняты, использовать свободные места за другими столами",
    ),
    "Guest": ("Gast", "Гость"),
    "Table": ("Tisch", "Стол"),
    "Why": ("Begründung", "Причина"),
    "Apply": ("Übernehmen", "Применить"),
    "%1 guests get a seat, %2 change table, %3 cannot be seated.": (
        "%1 Gäste bekommen einen Platz, %2 wechseln den Tisch, %3 können nicht gesetzt werden.",
        "Получат место: %1, сменят стол: %2, не удаётся рассадить: %3.",
    ),
    "Cannot be seated": ("Kann nicht gesetzt werden", "Не удаётся рассадить"),
    "Change table": ("Tisch wechseln", "Сменить стол"),
    "Stay": ("Bleibt", "Остаётся"),
    "Edit table": ("Tisch bearbeiten", "Изменить стол"),
    "New table": ("Neuer Tisch", "Новый стол"),
    "no limit": ("unbegrenzt", "без ограничения"),
    "&Number:": ("&Nummer:", "&Номер:"),
    "N&ame:": ("N&ame:", "&Название:"),
    "&Theme (field):": ("&Thema (Branche):", "&Тема (отрасль):"),
    "&Seats:": ("&Plätze:", "&Мест:"),
    "&Host:": ("&Gastgeber:", "&Ведущий:"),
    "Position (x, y):": ("Position (x, y):", "Положение (x, y):"),
    "Tables": ("Tische", "Столы"),
    "&New table…": ("&Neuer Tisch…", "&Новый стол…"),
    "&Delete": ("&Löschen", "&Удалить"),
    "&Import…": ("&Importieren…", "&Импорт…"),
    "Table %1 added.": ("Tisch %1 hinzugefügt.", "Стол %1 добавлен."),
    "Table %1 saved.": ("Tisch %1 gespeichert.", "Стол %1 сохранён."),
    "Delete table": ("Tisch löschen", "Удалить стол"),
    "%1 guests sit at table %2. Delete it and leave them without a seat?": (
        "An Tisch %2 sitzen %1 Gäste. Tisch löschen und die Gäste ohne Platz lassen?",
        "За столом %2 сидят гости (%1). Удалить стол и оставить их без места?",
    ),
    "Table %1 deleted.": ("Tisch %1 gelöscht.", "Стол %1 удалён."),
    "Import tables": ("Tische importieren", "Импорт столов"),
    "Table lists (*.csv *.tsv *.txt *.xlsx);;All files (*)": (
        "Tischlisten (*.csv *.tsv *.txt *.xlsx);;Alle Dateien (*)",
        "Списки столов (*.csv *.tsv *.txt *.xlsx);;Все файлы (*)",
    ),
    "%1 tables added, %2 updated.": (
        "%1 Tische hinzugefügt, %2 aktualisiert.",
        "Столов добавлено: %1, обновлено: %2.",
    ),
    "No.": ("Nr.", "№"),
    "Name": ("Name", "Название"),
    "Seats": ("Plätze", "Мест"),
    "Seated": ("Besetzt", "Занято"),
    "Host": ("Gastgeber", "Ведущий"),
    # -- meeting rounds, delegation -------------------------------------------------------------------
    "Meeting &rounds…": ("Gesprächs&runden…", "Раунды &встреч…"),
    "&Delegation…": ("&Delegation…", "&Делегация…"),
    "Save host sheets": ("Tischblätter speichern", "Сохранить листы для ведущих"),
    "Meeting rounds – %1": ("Gesprächsrunden – %1", "Раунды встреч – %1"),
    "Plan automatically": ("Automatisch planen", "Спланировать автоматически"),
    "Host sheets…": ("Tischblätter für Gastgeber…", "Листы для ведущих…"),
    "Theme": ("Thema", "Тема"),
    "People": ("Personen", "Участники"),
    "Interpreter": ("Dolmetscher", "Переводчик"),
    "Round:": ("Runde:", "Раунд:"),
    "Rounds:": ("Runden:", "Раунды:"),
    "%1 host sheets written to %2": (
        "%1 Tischblätter in %2 geschrieben",
        "Листов для ведущих: %1, записано в %2",
    ),
    "Round %1": ("Runde %1", "Раунд %1"),
    "No rounds yet: choose how many and plan them.": (
        "Noch keine Runden: Anzahl wählen und planen.",
        "Раундов пока нет: выберите количество и спланируйте их.",
    ),
    "needed – none free": ("benötigt – keiner frei", "нужен – нет свободных"),
    "%1 people at %2 tables.": ("%1 Personen an %2 Tischen.", "Участников: %1, столов: %2."),
    "Open interpreter needs: tables %1": (
        "Noch ohne Dolmetscher: Tische %1",
        "Нужен переводчик: столы %1",
    ),
    "Save changed schedules": ("Geänderte Terminpläne speichern", "Сохранить изменённые расписания"),
    "Delegation – %1": ("Delegation – %1", "Делегация – %1"),
    "Re-plan remaining rounds": ("Restliche Runden neu planen", "Перепланировать оставшиеся раунды"),
    "Print changed schedules…": ("Geänderte Terminpläne drucken…", "Печать изменённых расписаний…"),
    "Arrived": ("Angekommen", "Прибыли"),
    "Organisation": ("Organisation", "Организация"),
    "Missing": ("Fehlt", "Отсутствует"),
    "Round": ("Runde", "Раунд"),
    "Left without a partner": ("Ohne Gesprächspartner", "Без партнёра"),
    "Delegation:": ("Delegation:", "Делегация:"),
    "From round:": ("Ab Runde:", "С раунда:"),
    "Tables that lose their partner": (
        "Tische, die ihren Gesprächspartner verlieren",
        "Столы, оставшиеся без партнёра",
    ),
    "This event has no delegation.": (
        "Diese Veranstaltung hat keine Delegation.",
        "На этом мероприятии нет делегации.",
    ),
    "%1 of %2 arrived, %3 missing.": (
        "%1 von %2 angekommen, %3 fehlen.",
        "Прибыли %1 из %2, отсутствуют: %3.",
    ),
    "Re-planned from round %1: %2 schedules changed.": (
        "Ab Runde %1 neu geplant: %2 Terminpläne geändert.",
        "Перепланировано с раунда %1: изменено расписаний: %2.",
    ),
    "%1 changed schedules written to %2": (
        "%1 geänderte Terminpläne in %2 geschrieben",
        "Изменённых расписаний: %1, записано в %2",
    ),
    # -- desks and sync --------------------------------------------------------------------------------
    "&Desks panel…": ("&Schalterübersicht…", "Панель &стоек…"),
    "&Join an event from another desk…": (
        "Veranstaltung eines anderen Schalters &beitreten…",
        "Подкл&ючиться к мероприятию другой стойки…",
    ),
    "Desks": ("Schalter", "Стойки"),
    "Desk": ("Schalter", "Стойка"),
    "Connection": ("Verbindung", "Связь"),
    "Last synced": ("Zuletzt abgeglichen", "Последняя синхронизация"),
    "Waiting here": ("Ausstehend hier", "В очереди здесь"),
    "Waiting there": ("Ausstehend dort", "В очереди там"),
    "not paired": ("nicht gekoppelt", "не подключена"),
    "connected": ("verbunden", "на связи"),
    "not connected": ("nicht verbunden", "нет связи"),
    "Show join code for another desk": (
        "Beitrittscode für einen weiteren Schalter zeigen",
        "Показать код подключения для другой стойки",
    ),
    "Unpair selected desk": ("Ausgewählten Schalter entkoppeln", "Отключить выбранную стойку"),
    "This desk works alone. To keep several desks in step, install Syncthing: %1": (
        "Dieser Schalter arbeitet allein. Damit mehrere Schalter auf dem gleichen Stand bleiben, installieren Sie Syncthing: %1",
        "Эта стойка работает одна. Чтобы несколько стоек работали согласованно, установите Syncthing: %1",
    ),
    "Sync could not start: %1 (trying again)": (
        "Der Abgleich konnte nicht starten: %1 (neuer Versuch folgt)",
        "Не удалось запустить синхронизацию: %1 (будет новая попытка)",
    ),
    "removed": ("entfernt", "удалена"),
    "Withdraw open join codes": ("Offene Beitrittscodes zurückziehen", "Отозвать неиспользованные коды подключения"),
    "For one desk, until %1.": ("Für einen Schalter, bis %1.", "Для одной стойки, до %1."),
    "This desk is “%1”, but its Syncthing does not answer: its changes wait here and go out when it answers again.": (
        "Dieser Schalter heißt „%1“, aber sein Syncthing antwortet nicht: Seine Änderungen warten hier und gehen hinaus, sobald es wieder antwortet.",
        "Эта стойка – «%1», но её Syncthing не отвечает: изменения ждут здесь и уйдут, когда он снова ответит.",
    ),
    "This desk is “%1”; its Syncthing stopped and is being started again.": (
        "Dieser Schalter heißt „%1“; sein Syncthing wurde beendet und wird neu gestartet.",
        "Эта стойка – «%1»; её Syncthing остановился и запускается снова.",
    ),
    "(Syncthing was restarted %n time(s).)": (
        ("(Syncthing wurde %n-mal neu gestartet.)", "(Syncthing wurde %n-mal neu gestartet.)"),
        ("(Syncthing перезапускался %n раз.)", "(Syncthing перезапускался %n раза.)", "(Syncthing перезапускался %n раз.)"),
    ),
    "Refused from other desks (not applied, the rest went on): %n record(s)": (
        (
            "Von anderen Schaltern abgelehnt (nicht übernommen, der Rest lief weiter): %n Eintrag",
            "Von anderen Schaltern abgelehnt (nicht übernommen, der Rest lief weiter): %n Einträge",
        ),
        (
            "Отклонено от других стоек (не применено, остальное продолжилось): %n запись",
            "Отклонено от других стоек (не применено, остальное продолжилось): %n записи",
            "Отклонено от других стоек (не применено, остальное продолжилось): %n записей",
        ),
    ),
    "%1, record %2: %3": ("%1, Eintrag %2: %3", "%1, запись %2: %3"),
    "Starting sync…": ("Abgleich startet…", "Запуск синхронизации…"),
    "This desk is “%1” and keeps in step with the desks below.": (
        "Dieser Schalter heißt „%1“ und gleicht sich mit den Schaltern unten ab.",
        "Эта стойка – «%1», она синхронизируется со стойками ниже.",
    ),
    "This desk works alone. Show a join code to add another desk.": (
        "Dieser Schalter arbeitet allein. Zeigen Sie einen Beitrittscode, um einen weiteren Schalter hinzuzufügen.",
        "Эта стойка работает одна. Покажите код подключения, чтобы добавить другую стойку.",
    ),
    "Out of reach for %1 minutes or more: %2 — check its network and that checkin is running there.": (
        "Seit %1 Minuten oder länger nicht erreichbar: %2 — prüfen Sie das Netzwerk und ob checkin dort läuft.",
        "Нет связи %1 мин или дольше: %2 — проверьте сеть и запущен ли там checkin.",
    ),
    "Merging: every desk's check-ins are kept; if a guest was checked in at two desks that could not see each other, the earlier counts as the arrival (double entries: %1). Edits: the later one wins, the other is kept in the history. Walk-ins registered twice are flagged (likely duplicates: %2).": (
        "Zusammenführen: Die Check-ins aller Schalter bleiben erhalten; wurde ein Gast an zwei Schaltern eingecheckt, die sich nicht sahen, zählt der frühere als Ankunft (doppelte Einträge: %1). Änderungen: Die spätere gilt, die andere bleibt im Verlauf. Doppelt aufgenommene Gäste ohne Anmeldung werden markiert (wahrscheinliche Dubletten: %2).",
        "Объединение: регистрации всех стоек сохраняются; если гостя зарегистрировали на двух стойках, не видевших друг друга, прибытием считается более ранняя (двойные записи: %1). Изменения: действует более позднее, другое остаётся в истории. Гости без заявки, записанные дважды, помечаются (вероятные дубликаты: %2).",
    ),
    "%1: arrived %2 at %3, also %4": ("%1: Ankunft %2 (%3), außerdem %4", "%1: прибытие %2 (%3), также %4"),
    "Join an event from another desk": (
        "Veranstaltung eines anderen Schalters beitreten",
        "Подключиться к мероприятию другой стойки",
    ),
    "Scan the QR code or type the CJ1 … line": (
        "QR-Code scannen oder die Zeile CJ1 … eintippen",
        "Отсканируйте QR-код или введите строку CJ1 …",
    ),
    "e.g. Desk 2": ("z. B. Schalter 2", "например, Стойка 2"),
    "Choose…": ("Auswählen…", "Выбрать…"),
    "Join": ("Beitreten", "Подключиться"),
    "Join code:": ("Beitrittscode:", "Код подключения:"),
    "Name of this desk:": ("Name dieses Schalters:", "Название этой стойки:"),
    "Save the event as:": ("Veranstaltung speichern unter:", "Сохранить мероприятие как:"),
    "Save the event as": ("Veranstaltung speichern unter", "Сохранить мероприятие как"),
    "Event files (*.checkin)": ("Veranstaltungsdateien (*.checkin)", "Файлы мероприятий (*.checkin)"),
    "Choose where to save the event on this desk.": (
        "Wählen Sie, wo die Veranstaltung auf diesem Schalter gespeichert wird.",
        "Выберите, где сохранить мероприятие на этой стойке.",
    ),
    "%1 already exists: choose a new file name.": (
        "%1 gibt es schon: Bitte einen neuen Dateinamen wählen.",
        "%1 уже существует: выберите другое имя файла.",
    ),
    "Waiting for the other desk… (it must be running and on the same network)": (
        "Warte auf den anderen Schalter… (er muss laufen und im selben Netzwerk sein)",
        "Ожидание другой стойки… (она должна быть запущена и находиться в той же сети)",
    ),
    "Joined “%1”.": ("„%1“ beigetreten.", "Подключено к «%1»."),
    # -- admin ---------------------------------------------------------------------------------------
    "Admin mode": ("Verwaltungsmodus", "Режим администратора"),
    "Admin PIN:": ("Admin-PIN:", "PIN администратора:"),
    "Wrong admin PIN.": ("Falsche Admin-PIN.", "Неверный PIN администратора."),
    "Admin PIN": ("Admin-PIN", "PIN администратора"),
    "Current admin PIN:": ("Bisherige Admin-PIN:", "Текущий PIN администратора:"),
    "This event has no admin PIN yet. Choose one (at least %1 characters):": (
        "Diese Veranstaltung hat noch keine Admin-PIN. Bitte eine wählen (mindestens %1 Zeichen):",
        "У этого мероприятия ещё нет PIN администратора. Задайте его (не менее %1 символов):",
    ),
    "New admin PIN:": ("Neue Admin-PIN:", "Новый PIN администратора:"),
    "The new admin PIN again:": ("Neue Admin-PIN wiederholen:", "Повторите новый PIN:"),
    "The two PINs do not match.": ("Die beiden PINs stimmen nicht überein.", "PIN-коды не совпадают."),
    "&Unlock admin mode…": ("Verwaltungsmodus &entsperren…", "&Войти в режим администратора…"),
    "&Lock admin mode": ("Verwaltungsmodus &sperren", "В&ыйти из режима администратора"),
    "Set admin &PIN…": ("Admin-&PIN festlegen…", "Задать &PIN администратора…"),
    "&Back up now": ("&Jetzt sichern", "&Создать резервную копию"),
    "Backup &folder…": ("Sicherungs&ordner…", "&Папка для копий…"),
    "&Show backups": ("Sicherungen &anzeigen", "Показать &резервные копии"),
    "&Kiosk mode (self check-in)…": (
        "&Kioskmodus (Selbst-Check-in)…",
        "Режим &киоска (самостоятельная регистрация)…",
    ),
    "Admin mode on.": ("Verwaltungsmodus an.", "Режим администратора включён."),
    "Admin mode off.": ("Verwaltungsmodus aus.", "Режим администратора выключен."),
    "Backup failed: %1": ("Sicherung fehlgeschlagen: %1", "Резервное копирование не удалось: %1"),
    "Backup written: %1": ("Sicherung geschrieben: %1", "Резервная копия записана: %1"),
    "Backup": ("Sicherung", "Резервная копия"),
    "Folder for backups": ("Ordner für Sicherungen", "Папка для резервных копий"),
    "Leave kiosk mode": ("Kioskmodus verlassen", "Выйти из режима киоска"),
    "Damaged event file": ("Beschädigte Veranstaltungsdatei", "Файл мероприятия повреждён"),
    "The event file is damaged and cannot be opened safely.": (
        "Die Veranstaltungsdatei ist beschädigt und kann nicht sicher geöffnet werden.",
        "Файл мероприятия повреждён, его нельзя безопасно открыть.",
    ),
    "The last good backup is from %1:\n%2\n\nRestore it? The damaged file is kept beside it (renamed), nothing is deleted. Check-ins made after that backup are not in it.": (
        "Die letzte intakte Sicherung ist vom %1:\n%2\n\nWiederherstellen? Die beschädigte Datei bleibt daneben erhalten (umbenannt), nichts wird gelöscht. Check-ins nach dieser Sicherung sind darin nicht enthalten.",
        "Последняя исправная резервная копия от %1:\n%2\n\nВосстановить её? Повреждённый файл останется рядом (под другим именем), ничего не удаляется. Регистраций, сделанных после этой копии, в ней нет.",
    ),
    "Restore the backup": ("Sicherung wiederherstellen", "Восстановить копию"),
    # -- pretix ---------------------------------------------------------------------------------------
    "pretix": ("pretix", "pretix"),
    "pre&tix…": ("pre&tix…", "pre&tix…"),
    "&Connect": ("&Verbinden", "&Подключить"),
    "Server address:": ("Serveradresse:", "Адрес сервера:"),
    "Organizer (short name):": ("Veranstalter (Kurzform):", "Организатор (краткое имя):"),
    "Event (short name):": ("Veranstaltung (Kurzform):", "Мероприятие (краткое имя):"),
    "API token:": ("API-Token:", "API-токен:"),
    "Check-in list:": ("Check-in-Liste:", "Список регистрации:"),
    "Programme item:": ("Programmpunkt:", "Пункт программы:"),
    "Connection": ("Verbindung", "Подключение"),
    "&Pull attendees": ("Teilnehmende &abrufen", "&Загрузить участников"),
    "P&ush check-ins": ("Check-ins &übertragen", "&Передать регистрации"),
    "Guest category of each product (double-click to change)": (
        "Gästekategorie je Produkt (Doppelklick zum Ändern)",
        "Категория гостя для каждого продукта (двойной щелчок — изменить)",
    ),
    "kept on this computer only": ("bleibt nur auf diesem Computer", "хранится только на этом компьютере"),
    "on this computer – leave empty to keep it": (
        "auf diesem Computer – leer lassen, um ihn zu behalten",
        "есть на этом компьютере – оставьте пустым, чтобы сохранить",
    ),
    "Not connected to pretix yet.": ("Noch nicht mit pretix verbunden.", "Ещё не подключено к pretix."),
    "Connected to %1 – event %2, check-in list %3, for the programme item %4.": (
        "Verbunden mit %1 – Veranstaltung %2, Check-in-Liste %3, für den Programmpunkt %4.",
        "Подключено к %1 – мероприятие %2, список регистрации %3, для пункта программы %4.",
    ),
    "The API token is not on this computer: connect here to pull and push.": (
        "Der API-Token ist nicht auf diesem Computer: verbinden Sie sich hier, um abzurufen und zu übertragen.",
        "API-токена нет на этом компьютере: подключитесь здесь, чтобы загружать и передавать.",
    ),
    "Last pull: %1 – tickets: %2.": (
        "Zuletzt abgerufen: %1 – Tickets: %2.",
        "Последняя загрузка: %1 – билетов: %2.",
    ),
    "Not pulled yet.": ("Noch nicht abgerufen.", "Ещё не загружено."),
    "Check-ins and check-outs waiting to be pushed: %1.": (
        "Noch zu übertragende Check-ins und Check-outs: %1.",
        "Регистраций входа и выхода ждут передачи: %1.",
    ),
    "To annul: %1.": ("Zu annullieren: %1.", "Отменить: %1."),
    "In pretix: %1.": ("In pretix: %1.", "В pretix: %1."),
    "Last push: %1.": ("Zuletzt übertragen: %1.", "Последняя передача: %1."),
    "Refused by pretix: %1.": ("Von pretix abgelehnt: %1.", "Отклонено pretix: %1."),
    "Walk-ins, not in pretix: %1.": (
        "Gäste ohne Anmeldung, nicht in pretix: %1.",
        "Гости без заявки, которых нет в pretix: %1.",
    ),
    "server address": ("Serveradresse", "адрес сервера"),
    "organizer": ("Veranstalter", "организатор"),
    "event": ("Veranstaltung", "мероприятие"),
    "API token": ("API-Token", "API-токен"),
    "Please fill in: %1.": ("Bitte ausfüllen: %1.", "Пожалуйста, заполните: %1."),
    "The event has several check-in lists: choose one, then Connect.": (
        "Die Veranstaltung hat mehrere Check-in-Listen: wählen Sie eine, dann „Verbinden“.",
        "У мероприятия несколько списков регистрации: выберите один и нажмите «Подключить».",
    ),
    "Connected: %1 – tickets on the list: %2. Next: Pull attendees.": (
        "Verbunden: %1 – Tickets auf der Liste: %2. Als Nächstes: Teilnehmende abrufen.",
        "Подключено: %1 – билетов в списке: %2. Далее: загрузите участников.",
    ),
    "Pulled – added: %1, updated: %2, cancelled: %3, restored: %4 (orders read: %5).": (
        "Abgerufen – neu: %1, geändert: %2, storniert: %3, wiederhergestellt: %4 (gelesene Bestellungen: %5).",
        "Загружено – добавлено: %1, изменено: %2, отменено: %3, восстановлено: %4 (прочитано заказов: %5).",
    ),
    "Pushed to pretix – check-ins: %1, annulled: %2, refused: %3.": (
        "An pretix übertragen – Check-ins: %1, annulliert: %2, abgelehnt: %3.",
        "Передано в pretix – регистраций: %1, отменено: %2, отклонено: %3.",
    ),
    "Category saved; guests changed with their product: %1.": (
        "Kategorie gespeichert; mit ihrem Produkt geänderte Gäste: %1.",
        "Категория сохранена; гостей изменено вместе с продуктом: %1.",
    ),
    "pretix product": ("pretix-Produkt", "Продукт pretix"),
    "Guest category": ("Gästekategorie", "Категория гостя"),
    "(guessed)": ("(vermutet)", "(предположительно)"),
    "The last push in the background failed: %1": (
        "Die letzte Übertragung im Hintergrund ist fehlgeschlagen: %1",
        "Последняя фоновая передача не удалась: %1",
    ),
    "pretix – check-ins pushed: %1.": (
        "pretix – übertragene Check-ins: %1.",
        "pretix – передано регистраций: %1.",
    ),
    "This ticket is not valid here": ("Dieses Ticket gilt hier nicht", "Этот билет здесь недействителен"),
    "It was replaced or cancelled in pretix.": (
        "Es wurde in pretix ersetzt oder storniert.",
        "Он был заменён или отменён в pretix.",
    ),
    "Its product is not admitted to this check-in list.": (
        "Sein Produkt ist für diese Check-in-Liste nicht zugelassen.",
        "Его продукт не допускается в этот список регистрации.",
    ),
    "It is not valid at this time.": ("Es gilt zu dieser Zeit nicht.", "Он недействителен в это время."),
    "look at this guest's ticket before letting them in": (
        "sehen Sie sich das Ticket dieses Gastes an, bevor Sie ihn einlassen",
        "проверьте билет этого гостя, прежде чем пропустить",
    ),
    "⚠ Attention: %1": ("⚠ Achtung: %1", "⚠ Внимание: %1"),
    "Check-in note: %1": ("Hinweis zum Check-in: %1", "Примечание к регистрации: %1"),
    "New guest from a pretix ticket: ask for the name and complete it in the guest list (F5).": (
        "Neuer Gast aus einem pretix-Ticket: fragen Sie nach dem Namen und ergänzen Sie ihn in der Gästeliste (F5).",
        "Новый гость по билету pretix: спросите имя и дополните его в списке гостей (F5).",
    ),
    "Ask for the current ticket, or find the guest by name (F3).": (
        "Fragen Sie nach dem aktuellen Ticket oder suchen Sie den Gast nach Namen (F3).",
        "Попросите действующий билет или найдите гостя по имени (F3).",
    ),
    # -- about, camera --------------------------------------------------------------------------------
    "&About checkin…": ("Ü&ber checkin…", "&О программе checkin…"),
    "About checkin": ("Über checkin", "О программе checkin"),
    "The offline check-in desk for events.": (
        "Der Offline-Check-in-Schalter für Veranstaltungen.",
        "Автономная стойка регистрации для мероприятий.",
    ),
    "Free software under the GNU General Public License, version 3 or later.": (
        "Freie Software unter der GNU General Public License, Version 3 oder neuer.",
        "Свободное программное обеспечение под лицензией GNU General Public License версии 3 или новее.",
    ),
    "Qt %1, Qt for Python %2, Python %3": ("Qt %1, Qt for Python %2, Python %3", "Qt %1, Qt for Python %2, Python %3"),
    "About": ("Über", "О программе"),
    "Third-party licences": ("Lizenzen Dritter", "Сторонние лицензии"),
    "No bundled fonts.": ("Keine mitgelieferten Schriften.", "Встроенных шрифтов нет."),
    "Font licence": ("Schriftlizenz", "Лицензия шрифта"),
    "Licence": ("Lizenz", "Лицензия"),
    "&Camera scanning": ("Scannen mit &Kamera", "Сканирование &камерой"),
    "Camera": ("Kamera", "Камера"),
    "Start camera": ("Kamera starten", "Включить камеру"),
    "Stop camera": ("Kamera stoppen", "Выключить камеру"),
    "Video file: %1": ("Videodatei: %1", "Видеофайл: %1"),
    "Camera off. The scanner and the search work as usual.": (
        "Kamera aus. Scanner und Suche funktionieren wie gewohnt.",
        "Камера выключена. Сканер и поиск работают как обычно.",
    ),
    "Camera on: guests hold their badge or phone up to it.": (
        "Kamera an: Gäste halten ihr Namensschild oder Handy davor.",
        "Камера включена: гости подносят к ней бейдж или телефон.",
    ),
    "No camera found. Connect a camera, or keep using the scanner and the search.": (
        "Keine Kamera gefunden. Schließen Sie eine Kamera an oder arbeiten Sie weiter mit Scanner und Suche.",
        "Камера не найдена. Подключите камеру или продолжайте работать со сканером и поиском.",
    ),
    "The camera may not be used: allow checkin to use the camera in the system settings (privacy). The scanner and the search work as usual.": (
        "Die Kamera darf nicht verwendet werden: Erlauben Sie checkin den Kamerazugriff in den Systemeinstellungen (Datenschutz). Scanner und Suche funktionieren wie gewohnt.",
        "Камеру использовать нельзя: разрешите checkin доступ к камере в системных настройках (конфиденциальность). Сканер и поиск работают как обычно.",
    ),
    "The camera was disconnected. Plug it in again and press Start camera; the scanner and the search keep working.": (
        "Die Kamera wurde getrennt. Schließen Sie sie wieder an und drücken Sie „Kamera starten“; Scanner und Suche funktionieren weiter.",
        "Камера отключена. Подключите её снова и нажмите «Включить камеру»; сканер и поиск продолжают работать.",
    ),
    "The camera reported a problem: %1. The scanner and the search keep working.": (
        "Die Kamera meldet ein Problem: %1. Scanner und Suche funktionieren weiter.",
        "Камера сообщила о проблеме: %1. Сканер и поиск продолжают работать.",
    ),
    'Camera scanning is not installed. To enable it, install the camera extra: pip install "checkin[camera]" (on Linux also the system package libpulse0). The scanner and the search work without it.': (
        'Das Scannen mit Kamera ist nicht installiert. Zum Aktivieren installieren Sie die Kamera-Erweiterung: pip install "checkin[camera]" (unter Linux auch das Systempaket libpulse0). Scanner und Suche funktionieren auch ohne.',
        'Сканирование камерой не установлено. Чтобы включить его, установите дополнение: pip install "checkin[camera]" (в Linux также системный пакет libpulse0). Сканер и поиск работают и без него.',
    ),
    "Hold the code inside the frame": ("Den Code in den Rahmen halten", "Держите код внутри рамки"),
    # -- import ---------------------------------------------------------------------------------------
    "&Import guest list…": ("Gästeliste &importieren…", "&Импорт списка гостей…"),
    "Import guest list": ("Gästeliste importieren", "Импорт списка гостей"),
    "Guest lists (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls);;All files (*)": (
        "Gästelisten (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls);;Alle Dateien (*)",
        "Списки гостей (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls);;Все файлы (*)",
    ),
    "Reading %1 …": ("%1 wird gelesen …", "Чтение %1 …"),
    "Full name (split)": ("Vollständiger Name (wird aufgeteilt)", "Полное имя (будет разделено)"),
    "Industry": ("Branche", "Отрасль"),
    "Email": ("E-Mail", "E-mail"),
    "Language": ("Sprache", "Язык"),
    "Notes": ("Hinweise", "Заметки"),
    "External id": ("Externe ID", "Внешний ID"),
    "Ticket barcode": ("Ticket-Barcode", "Штрихкод билета"),
    "Order code": ("Bestellnummer", "Номер заказа"),
    "Order position": ("Bestellposition", "Позиция заказа"),
    "Ticket status": ("Ticketstatus", "Статус билета"),
    "Languages spoken": ("Gesprochene Sprachen", "Языки общения"),
    "Consent to share contact details": (
        "Einwilligung zur Weitergabe der Kontaktdaten",
        "Согласие на передачу контактных данных",
    ),
    "Meeting point (fixed table)": ("Treffpunkt (fester Tisch)", "Место встречи (постоянный стол)"),
    "Keep as extra field": ("Als Zusatzfeld behalten", "Сохранить как доп. поле"),
    "Do not import": ("Nicht importieren", "Не импортировать"),
    # import: which system and sheet, statuses, tickets (issue 26)
    "&Sheet:": ("&Blatt:", "&Лист:"),
    "not paid yet: %1": ("noch nicht bezahlt: %1", "ещё не оплачено: %1"),
    "“%1”: not understood": ("„%1“: nicht verstanden", "«%1»: непонятно"),
    "Paid (yes/no)": ("Bezahlt (ja/nein)", "Оплачено (да/нет)"),
    "pretix (order data: order positions, one row per ticket)": (
        "pretix (Bestelldaten: Bestellzeilen, eine Zeile je Ticket)",
        "pretix (данные заказов: позиции заказов, строка на билет)",
    ),
    "pretix (check-in list)": ("pretix (Check-in-Liste)", "pretix (список регистрации)"),
    "pretix (order data: orders, one row per order – not per attendee)": (
        "pretix (Bestelldaten: Bestellungen, eine Zeile je Bestellung – nicht je Teilnehmer)",
        "pretix (данные заказов: заказы, строка на заказ, а не на участника)",
    ),
    "Indico (registrations)": ("Indico (Anmeldungen)", "Indico (заявки)"),
    "Hi.Events (attendees)": ("Hi.Events (Teilnehmende)", "Hi.Events (участники)"),
    "alf.io (tickets)": ("alf.io (Tickets)", "alf.io (билеты)"),
    "Eventbrite (attendee report)": ("Eventbrite (Teilnehmerbericht)", "Eventbrite (отчёт об участниках)"),
    "Google Forms (responses)": ("Google Formulare (Antworten)", "Google Формы (ответы)"),
    'row %1: a quote mark (") opens a cell that never closes; the row was read without quote handling': (
        'Zeile %1: Ein Anführungszeichen (") öffnet eine Zelle, die nie schließt; die Zeile wurde ohne Anführungszeichen gelesen',
        'строка %1: кавычка (") открывает ячейку, которая не закрывается; строка прочитана без учёта кавычек',
    ),
    "control characters removed in %1 row(s) (first: %2)": (
        "Steuerzeichen in %1 Zeile(n) entfernt (zuerst: %2)",
        "управляющие символы удалены в строках: %1 (первая: %2)",
    ),
    "%1 line(s) were not UTF-8 and were read as %2 (first: %3)": (
        "%1 Zeile(n) waren nicht UTF-8 und wurden als %2 gelesen (zuerst: %3)",
        "строк не в UTF-8: %1, прочитаны как %2 (первая: %3)",
    ),
    "this sheet has one row per order, not per attendee: export the order positions (pretix: 'Order positions') to import every attendee": (
        "Dieses Blatt hat eine Zeile je Bestellung, nicht je Teilnehmer: Exportieren Sie die Bestellzeilen (pretix: „Bestellzeilen“), um alle Teilnehmenden zu importieren",
        "на этом листе строка на заказ, а не на участника: выгрузите позиции заказов (pretix: «Order positions»), чтобы импортировать всех участников",
    ),
    "Looks like an export of %1.": ("Sieht aus wie ein Export aus %1.", "Похоже на выгрузку из %1."),
    "Sheet read: “%1”.": ("Gelesenes Blatt: „%1“.", "Прочитан лист: «%1»."),
    "Other sheets: %1.": ("Weitere Blätter: %1.", "Другие листы: %1."),
    "Noticed while reading": ("Beim Lesen bemerkt", "Замечено при чтении"),
    "Not attending (cancelled, withdrawn, rejected …): stored as cancelled": (
        "Nimmt nicht teil (storniert, zurückgezogen, abgelehnt …): als abgesagt gespeichert",
        "Не участвуют (отменено, отозвано, отклонено …): сохранены как отменённые",
    ),
    "Not paid or not approved yet: imported, please check at the desk": (
        "Noch nicht bezahlt oder freigegeben: importiert, bitte am Schalter prüfen",
        "Ещё не оплачено или не подтверждено: импортировано, проверьте на стойке",
    ),
    "Status not understood: imported as attending": (
        "Status nicht verstanden: als teilnehmend importiert",
        "Статус непонятен: импортированы как участники",
    ),
    "as row %1; code %2 kept": ("wie Zeile %1; Code %2 behalten", "как строка %1; код %2 сохранён"),
    "as row %1; code %2 withdrawn (cancelled)": (
        "wie Zeile %1; Code %2 entzogen (storniert)",
        "как строка %1; код %2 отозван (отменён)",
    ),
    "as row %1": ("wie Zeile %1", "как строка %1"),
    "Further tickets of one person (same name and email): one guest": (
        "Weitere Tickets einer Person (gleicher Name und gleiche E-Mail): ein Gast",
        "Другие билеты того же человека (то же имя и e-mail): один гость",
    ),
    "Codes that already check in another guest (not added)": (
        "Codes, die schon einen anderen Gast einchecken (nicht übernommen)",
        "Коды, которые уже регистрируют другого гостя (не добавлены)",
    ),
    "Would add %1, update %2, leave %3 unchanged; %4 skipped.": (
        "Würde %1 hinzufügen, %2 aktualisieren, %3 unverändert lassen; %4 übersprungen.",
        "Будет добавлено: %1; обновлено: %2; без изменений: %3; пропущено: %4.",
    ),
    "Added %1, updated %2, %3 unchanged; %4 skipped.": (
        "%1 hinzugefügt, %2 aktualisiert, %3 unverändert; %4 übersprungen.",
        "Добавлено: %1; обновлено: %2; без изменений: %3; пропущено: %4.",
    ),
    "%n guest(s)": (("%n Gast", "%n Gäste"), ("%n гость", "%n гостя", "%n гостей")),
    "%n row(s)": (("%n Zeile", "%n Zeilen"), ("%n строка", "%n строки", "%n строк")),
    "Nothing has been written yet.": ("Es wurde noch nichts gespeichert.", "Пока ничего не записано."),
    "no given or family name": ("weder Vor- noch Nachname", "нет ни имени, ни фамилии"),
    "same guest as row %1": ("derselbe Gast wie in Zeile %1", "тот же гость, что в строке %1"),
    "matches the same guest as row %1": (
        "passt zum selben Gast wie Zeile %1",
        "совпадает с тем же гостем, что строка %1",
    ),
    "… and %1 more": ("… und %1 weitere", "… и ещё %1"),
    "row %1": ("Zeile %1", "строка %1"),
    "Skipped": ("Übersprungen", "Пропущено"),
    "Updated": ("Aktualisiert", "Обновлено"),
    "(table)": ("(Tisch)", "(стол)"),
    "Possibly already in the event (added anyway: please check)": (
        "Möglicherweise schon in der Veranstaltung (trotzdem hinzugefügt: bitte prüfen)",
        "Возможно, уже есть в мероприятии (всё равно добавлены: проверьте)",
    ),
    "Invalid email addresses": ("Ungültige E-Mail-Adressen", "Неверные адреса e-mail"),
    "Unknown tables (imported without a seat)": (
        "Unbekannte Tische (ohne Platz importiert)",
        "Неизвестные столы (импортировано без места)",
    ),
    "Seats set by hand kept": ("Von Hand gesetzte Plätze beibehalten", "Места, назначенные вручную, сохранены"),
    "Neither yes nor no (consent or meeting point left as it was)": (
        "Weder ja noch nein (Einwilligung bzw. Treffpunkt unverändert)",
        "Ни «да», ни «нет» (согласие или место встречи не изменены)",
    ),
    "Import guest list – %1": ("Gästeliste importieren – %1", "Импорт списка гостей – %1"),
    "tab": ("Tabulator", "табуляция"),
    "%1: %2 rows (%3), column names in row %4.": (
        "%1: %2 Zeilen (%3), Spaltennamen in Zeile %4.",
        "%1: строк – %2 (%3), названия столбцов в строке %4.",
    ),
    "Column in the file": ("Spalte in der Datei", "Столбец в файле"),
    "First value": ("Erster Wert", "Первое значение"),
    "Import as": ("Importieren als", "Импортировать как"),
    "Columns": ("Spalten", "Столбцы"),
    "Preview: the first %1 rows as guests": (
        "Vorschau: die ersten %1 Zeilen als Gäste",
        "Предпросмотр: первые строки как гости (%1)",
    ),
    "Check the list first: the report says what the import would do.": (
        "Prüfen Sie die Liste zuerst: Der Bericht zeigt, was der Import tun würde.",
        "Сначала проверьте список: отчёт покажет, что сделает импорт.",
    ),
    "&Check": ("&Prüfen", "&Проверить"),
    "&Import": ("&Importieren", "&Импортировать"),
    "Close": ("Schließen", "Закрыть"),
    "No column is imported as a name: choose one (given, family or full name).": (
        "Keine Spalte wird als Name importiert: Bitte eine wählen (Vor-, Nach- oder vollständiger Name).",
        "Ни один столбец не импортируется как имя: выберите столбец (имя, фамилия или полное имя).",
    ),
    "Nothing was imported: %1": ("Es wurde nichts importiert: %1", "Ничего не импортировано: %1"),
    # -- core: errors (checkin/errors.py) --------------------------------------------------------------
    "{path}: no such event file.": (
        "{path}: Diese Veranstaltungsdatei gibt es nicht.",
        "{path}: такого файла мероприятия нет.",
    ),
    "{path}: a file with this name already exists.": (
        "{path}: Eine Datei mit diesem Namen gibt es schon.",
        "{path}: файл с таким именем уже существует.",
    ),
    "{path}: this is not a checkin event file.": (
        "{path}: Das ist keine checkin-Veranstaltungsdatei.",
        "{path}: это не файл мероприятия checkin.",
    ),
    "{path}: the event file is damaged ({detail}).": (
        "{path}: Die Veranstaltungsdatei ist beschädigt ({detail}).",
        "{path}: файл мероприятия повреждён ({detail}).",
    ),
    "{path}: this event file was made by a newer version of checkin (file format {found}, this version reads up to {supported}). Please update checkin.": (
        "{path}: Diese Veranstaltungsdatei stammt aus einer neueren checkin-Version (Dateiformat {found}, diese Version liest bis {supported}). Bitte aktualisieren Sie checkin.",
        "{path}: этот файл мероприятия создан более новой версией checkin (формат файла {found}, эта версия читает до {supported}). Обновите checkin.",
    ),
    "{path}: the event file cannot be written (read-only medium or no permission).": (
        "{path}: In die Veranstaltungsdatei kann nicht geschrieben werden (schreibgeschütztes Medium oder keine Berechtigung).",
        "{path}: в файл мероприятия нельзя записать (носитель только для чтения или нет прав).",
    ),
    "There is no guest with id {guest_id}.": ("Es gibt keinen Gast mit der ID {guest_id}.", "Гостя с ID {guest_id} нет."),
    "There is no table {table}.": ("Es gibt keinen Tisch {table}.", "Стола {table} нет."),
    "There is no programme item {item}.": ("Es gibt keinen Programmpunkt {item}.", "Пункта программы {item} нет."),
    "This event has no programme items yet.": (
        "Diese Veranstaltung hat noch keine Programmpunkte.",
        "У этого мероприятия ещё нет пунктов программы.",
    ),
    "Guest {guest_id} has check-ins and cannot be deleted; cancel the registration instead.": (
        "Gast {guest_id} hat Check-ins und kann nicht gelöscht werden; stornieren Sie stattdessen die Anmeldung.",
        "У гостя {guest_id} есть регистрации, его нельзя удалить; вместо этого отмените заявку.",
    ),
    "A guest needs a given name or a family name.": (
        "Ein Gast braucht einen Vor- oder Nachnamen.",
        "У гостя должно быть имя или фамилия.",
    ),
    "Unknown guest field: {field}.": ("Unbekanntes Gastfeld: {field}.", "Неизвестное поле гостя: {field}."),
    "Invalid value for {field}: {value!r}.": (
        "Ungültiger Wert für {field}: {value!r}.",
        "Недопустимое значение для {field}: {value!r}.",
    ),
    "There is nothing to undo for {guest} at {item}.": (
        "Für {guest} gibt es bei {item} nichts rückgängig zu machen.",
        "Для гостя {guest} на пункте «{item}» нечего отменять.",
    ),
    "{guest} is not checked in at {item}.": (
        "{guest} ist bei {item} nicht eingecheckt.",
        "{guest}: нет регистрации на пункте «{item}».",
    ),
    "A table with number {number} already exists.": (
        "Einen Tisch mit der Nummer {number} gibt es schon.",
        "Стол с номером {number} уже существует.",
    ),
    "Syncthing did not start (its files are in {home}).": (
        "Syncthing ist nicht gestartet (seine Dateien liegen in {home}).",
        "Syncthing не запустился (его файлы в {home}).",
    ),
    "Syncthing refused {path}: {detail}": ("Syncthing hat {path} abgelehnt: {detail}", "Syncthing отклонил {path}: {detail}"),
    "This is not a valid join code: {detail}": (
        "Das ist kein gültiger Beitrittscode: {detail}",
        "Это недействительный код подключения: {detail}",
    ),
    "No data arrived from the other desk within {seconds} s: is it syncing and on the same network, and is the join code the one it shows now?": (
        "Innerhalb von {seconds} s kamen keine Daten vom anderen Schalter: Gleicht er ab, ist er im selben Netzwerk, und ist der Beitrittscode der, den er jetzt zeigt?",
        "За {seconds} с от другой стойки не пришло данных: она синхронизируется, находится в той же сети, и это код подключения, который она показывает сейчас?",
    ),
    "This desk was removed from the event: the other desks no longer accept it or the join code it used. An admin can give a new join code.": (
        "Dieser Schalter wurde aus der Veranstaltung entfernt: Die anderen Schalter nehmen weder ihn noch seinen Beitrittscode noch an. Ein Admin kann einen neuen Beitrittscode ausgeben.",
        "Эта стойка удалена из мероприятия: другие стойки больше не принимают ни её, ни её код подключения. Администратор может выдать новый код подключения.",
    ),
    "This join code was already used by another desk: ask for a new one.": (
        "Dieser Beitrittscode wurde schon von einem anderen Schalter benutzt: Bitten Sie um einen neuen.",
        "Этот код подключения уже использован другой стойкой: попросите новый.",
    ),
    "This join code has expired: ask for a new one.": (
        "Dieser Beitrittscode ist abgelaufen: Bitten Sie um einen neuen.",
        "Срок действия этого кода подключения истёк: попросите новый.",
    ),
    "This join code was withdrawn by an admin: ask for a new one.": (
        "Dieser Beitrittscode wurde von einem Admin zurückgezogen: Bitten Sie um einen neuen.",
        "Этот код подключения отозван администратором: попросите новый.",
    ),
    "This desk was removed from the event by another desk; it no longer syncs.": (
        "Dieser Schalter wurde von einem anderen Schalter aus der Veranstaltung entfernt; er gleicht nicht mehr ab.",
        "Эта стойка удалена из мероприятия другой стойкой; она больше не синхронизируется.",
    ),
    "No guest has the badge code, uid or id {text!r}.": (
        "Kein Gast hat den Namensschild-Code, die UID oder die Nummer {text!r}.",
        "Ни у одного гостя нет кода бейджа, UID или номера {text!r}.",
    ),
    # why a record from another desk's journal was refused (sync/quarantine.py)
    "the line is damaged and cannot be read": (
        "die Zeile ist beschädigt und nicht lesbar",
        "строка повреждена и не читается",
    ),
    "the line is longer than {limit} bytes": (
        "die Zeile ist länger als {limit} Bytes",
        "строка длиннее {limit} байт",
    ),
    "it claims to come from another desk than the journal it is in ({detail})": (
        "er gibt sich als Eintrag eines anderen Schalters aus als des Protokolls, in dem er steht ({detail})",
        "она выдаёт себя за запись другой стойки, чем журнал, в котором находится ({detail})",
    ),
    "unknown kind of record ({detail})": (
        "unbekannte Art von Eintrag ({detail})",
        "неизвестный вид записи ({detail})",
    ),
    "a required part is missing ({detail})": (
        "ein notwendiger Teil fehlt ({detail})",
        "отсутствует обязательная часть ({detail})",
    ),
    "it sets something another desk may not change ({detail})": (
        "er setzt etwas, das ein anderer Schalter nicht ändern darf ({detail})",
        "она задаёт то, что другая стойка менять не может ({detail})",
    ),
    "a value has the wrong type or is out of range ({detail})": (
        "ein Wert hat den falschen Typ oder liegt außerhalb des Bereichs ({detail})",
        "значение неверного типа или вне допустимого диапазона ({detail})",
    ),
    "a time is not a time, or is too far from this desk's clock ({detail})": (
        "eine Zeitangabe ist keine Zeit oder liegt zu weit von der Uhr dieses Schalters entfernt ({detail})",
        "время указано неверно или слишком далеко от часов этой стойки ({detail})",
    ),
    "its badge code belongs to another guest at this desk ({detail})": (
        "sein Namensschild-Code gehört an diesem Schalter einem anderen Gast ({detail})",
        "её код бейджа на этой стойке принадлежит другому гостю ({detail})",
    ),
    "it refers to a record that was refused ({detail})": (
        "er bezieht sich auf einen abgelehnten Eintrag ({detail})",
        "она ссылается на отклонённую запись ({detail})",
    ),
    "it could not be applied ({detail})": (
        "er konnte nicht übernommen werden ({detail})",
        "её не удалось применить ({detail})",
    ),
    "{path}: this event is not shared with other desks yet.": (
        "{path}: Diese Veranstaltung wird noch nicht mit anderen Schaltern geteilt.",
        "{path}: это мероприятие ещё не используется совместно с другими стойками.",
    ),
    "Unknown badge layout {layout!r}; known layouts: {known}.": (
        "Unbekanntes Namensschild-Layout {layout!r}; bekannte Layouts: {known}.",
        "Неизвестный макет бейджа {layout!r}; известные макеты: {known}.",
    ),
    "Badge layout {layout}: the badges do not fit on the page.": (
        "Namensschild-Layout {layout}: Die Namensschilder passen nicht auf die Seite.",
        "Макет бейджа {layout}: бейджи не помещаются на странице.",
    ),
    "{item} has no meeting rounds yet (give the number of rounds).": (
        "{item} hat noch keine Gesprächsrunden (geben Sie die Anzahl der Runden an).",
        "У пункта «{item}» ещё нет раундов встреч (укажите количество раундов).",
    ),
    "There is no round {round}.": ("Es gibt keine Runde {round}.", "Раунда {round} нет."),
    "Guest {guest_id} is not an interpreter.": ("Gast {guest_id} ist kein Dolmetscher.", "Гость {guest_id} не переводчик."),
    "Interpreter {guest_id} is already at another table in round {round}.": (
        "Dolmetscher {guest_id} ist in Runde {round} schon an einem anderen Tisch.",
        "Переводчик {guest_id} в раунде {round} уже за другим столом.",
    ),
    "There is no delegation {delegation}.": ("Es gibt keine Delegation {delegation}.", "Делегации {delegation} нет."),
    "{path} is open in another checkin ({holder}). Close it there first, or open a copy read-only.": (
        "{path} ist in einem anderen checkin geöffnet ({holder}). Schließen Sie die Datei dort zuerst oder öffnen Sie eine Kopie schreibgeschützt.",
        "{path} открыт в другом checkin ({holder}). Сначала закройте его там или откройте копию только для чтения.",
    ),
    "{path}: the event file cannot be reached ({detail}).": (
        "{path}: Die Veranstaltungsdatei ist nicht erreichbar ({detail}).",
        "{path}: файл мероприятия недоступен ({detail}).",
    ),
    "{path}: the event file is damaged ({detail}). The last good backup is {backup_path} (from {backup_time}).": (
        "{path}: Die Veranstaltungsdatei ist beschädigt ({detail}). Die letzte intakte Sicherung ist {backup_path} (vom {backup_time}).",
        "{path}: файл мероприятия повреждён ({detail}). Последняя исправная резервная копия – {backup_path} (от {backup_time}).",
    ),
    "{path}: the event file is damaged ({detail}) and there is no good backup of it.": (
        "{path}: Die Veranstaltungsdatei ist beschädigt ({detail}), und es gibt keine intakte Sicherung davon.",
        "{path}: файл мероприятия повреждён ({detail}), исправной резервной копии нет.",
    ),
    "{path}: the disk is full; nothing was saved. Free some space and try again.": (
        "{path}: Der Datenträger ist voll; nichts wurde gespeichert. Schaffen Sie Platz und versuchen Sie es erneut.",
        "{path}: диск заполнен; ничего не сохранено. Освободите место и попробуйте снова.",
    ),
    "{path}: the event file could not be written ({detail}); nothing was saved.": (
        "{path}: Die Veranstaltungsdatei konnte nicht geschrieben werden ({detail}); nichts wurde gespeichert.",
        "{path}: не удалось записать файл мероприятия ({detail}); ничего не сохранено.",
    ),
    "{path}: no such backup.": ("{path}: Diese Sicherung gibt es nicht.", "{path}: такой резервной копии нет."),
    "{path}: this backup is damaged ({detail}) and cannot be restored.": (
        "{path}: Diese Sicherung ist beschädigt ({detail}) und kann nicht wiederhergestellt werden.",
        "{path}: эта резервная копия повреждена ({detail}), восстановить её нельзя.",
    ),
    "{path} is open in another checkin ({holder}); close it there before restoring.": (
        "{path} ist in einem anderen checkin geöffnet ({holder}); schließen Sie die Datei dort vor dem Wiederherstellen.",
        "{path} открыт в другом checkin ({holder}); закройте его там перед восстановлением.",
    ),
    "The admin PIN needs at least {min} characters.": (
        "Die Admin-PIN braucht mindestens {min} Zeichen.",
        "PIN администратора должен содержать не менее {min} символов.",
    ),
    "Too many wrong PINs: try again in {seconds} seconds.": (
        "Zu viele falsche PINs: Versuchen Sie es in {seconds} Sekunden erneut.",
        "Слишком много неверных PIN: повторите через {seconds} с.",
    ),
    "This event has no admin PIN yet.": (
        "Diese Veranstaltung hat noch keine Admin-PIN.",
        "У этого мероприятия ещё нет PIN администратора.",
    ),
    # -- the event file and the admin PIN (issue 23) -----------------------------------------
    "NOT SAVED – this check-in did not count": (
        "NICHT GESPEICHERT – dieser Check-in zählt nicht",
        "НЕ СОХРАНЕНО – эта регистрация не засчитана",
    ),
    "Call the event's admin. Note the guest on paper.": (
        "Rufen Sie die Veranstaltungsleitung. Notieren Sie den Gast auf Papier.",
        "Позовите администратора мероприятия. Запишите гостя на бумаге.",
    ),
    "The event file is gone – check-ins are NOT saved": (
        "Die Veranstaltungsdatei ist weg – Check-ins werden NICHT gespeichert",
        "Файл мероприятия исчез – регистрации НЕ сохраняются",
    ),
    "The admin PIN of this event was removed outside checkin (with another program). The audit trail records it. Set a new PIN now.": (
        "Die Admin-PIN dieser Veranstaltung wurde außerhalb von checkin (mit einem anderen Programm) entfernt. Das Protokoll hält es fest. Legen Sie jetzt eine neue PIN fest.",
        "PIN администратора этого мероприятия был удалён вне checkin (другой программой). Это записано в журнале. Задайте новый PIN.",
    ),
    "The admin PIN may have at most {max} characters.": (
        "Die Admin-PIN darf höchstens {max} Zeichen haben.",
        "PIN администратора может содержать не более {max} символов.",
    ),
    "The stored admin PIN is unreadable (changed outside checkin); no PIN matches it.": (
        "Die gespeicherte Admin-PIN ist unlesbar (außerhalb von checkin geändert); keine PIN passt dazu.",
        "Сохранённый PIN администратора не читается (изменён вне checkin); ни один PIN к нему не подходит.",
    ),
    "{path} has an admin PIN: give it with --pin, or run the command in a terminal to be asked for it.": (
        "{path} hat eine Admin-PIN: Geben Sie sie mit --pin an oder starten Sie den Befehl in einem Terminal, dann wird danach gefragt.",
        "У {path} есть PIN администратора: укажите его через --pin или запустите команду в терминале, чтобы ввести его.",
    ),
    "{path}: the event file was deleted, moved or replaced while this desk had it open. Nothing more is saved: check-ins are refused. Close the event and open the right file (or restore a backup).": (
        "{path}: Die Veranstaltungsdatei wurde gelöscht, verschoben oder ersetzt, während dieser Schalter sie geöffnet hatte. Es wird nichts mehr gespeichert: Check-ins werden abgelehnt. Schließen Sie die Veranstaltung und öffnen Sie die richtige Datei (oder stellen Sie eine Sicherung wieder her).",
        "{path}: файл мероприятия удалён, перемещён или заменён, пока эта стойка с ним работала. Больше ничего не сохраняется: регистрация отклоняется. Закройте мероприятие и откройте нужный файл (или восстановите резервную копию).",
    ),
    "{path}: this event file has {links} names (hard links); two desks could write it under different names and lose check-ins. Copy the file and open the copy.": (
        "{path}: Diese Veranstaltungsdatei hat {links} Namen (harte Links); zwei Schalter könnten sie unter verschiedenen Namen schreiben und Check-ins verlieren. Kopieren Sie die Datei und öffnen Sie die Kopie.",
        "{path}: у этого файла мероприятия несколько имён (жёстких ссылок: {links}); две стойки могли бы записывать его под разными именами и потерять регистрации. Скопируйте файл и откройте копию.",
    ),
    "{path}: the event file could not be upgraded from file format {found} to {supported} ({detail}). It was left unchanged.": (
        "{path}: Die Veranstaltungsdatei konnte nicht vom Dateiformat {found} auf {supported} aktualisiert werden ({detail}). Sie ist unverändert geblieben.",
        "{path}: не удалось обновить файл мероприятия с формата {found} до {supported} ({detail}). Файл остался без изменений.",
    ),
    "Removing personal data cannot be undone: confirm it (--yes-delete-personal-data).": (
        "Das Löschen personenbezogener Daten kann nicht rückgängig gemacht werden: Bitte bestätigen (--yes-delete-personal-data).",
        "Удаление персональных данных нельзя отменить: подтвердите его (--yes-delete-personal-data).",
    ),
    "{path}: the export could not be written ({detail}).": (
        "{path}: Der Export konnte nicht geschrieben werden ({detail}).",
        "{path}: не удалось записать экспорт ({detail}).",
    ),
    "{path}: no such file.": ("{path}: Diese Datei gibt es nicht.", "{path}: такого файла нет."),
    "{path}: the file cannot be read ({detail}).": (
        "{path}: Die Datei kann nicht gelesen werden ({detail}).",
        "{path}: файл не читается ({detail}).",
    ),
    "{path}: the file is empty.": ("{path}: Die Datei ist leer.", "{path}: файл пуст."),
    "{path}: the file has a header row but no guests below it.": (
        "{path}: Die Datei hat eine Kopfzeile, aber darunter keine Gäste.",
        "{path}: в файле есть строка заголовков, но под ней нет гостей.",
    ),
    "{path}: this is not a guest list (binary data, neither text nor a workbook).": (
        "{path}: Das ist keine Gästeliste (Binärdaten, weder Text noch Arbeitsmappe).",
        "{path}: это не список гостей (двоичные данные, не текст и не книга Excel).",
    ),
    "{path}: not a readable Excel workbook (damaged, or another kind of file renamed).": (
        "{path}: keine lesbare Excel-Arbeitsmappe (beschädigt oder eine umbenannte Datei anderen Typs).",
        "{path}: не читаемая книга Excel (повреждена или это переименованный файл другого типа).",
    ),
    "{path}: old Excel format (.xls); save it as .xlsx or CSV in Excel and import that.": (
        "{path}: altes Excel-Format (.xls); speichern Sie die Datei in Excel als .xlsx oder CSV und importieren Sie diese.",
        "{path}: старый формат Excel (.xls); сохраните файл в Excel как .xlsx или CSV и импортируйте его.",
    ),
    "{path}: the file is too large for a guest list ({size} MB; limit {limit} MB).": (
        "{path}: Die Datei ist zu groß für eine Gästeliste ({size} MB; Grenze {limit} MB).",
        "{path}: файл слишком велик для списка гостей ({size} МБ; предел {limit} МБ).",
    ),
    "{path}: the file has more than {limit} rows with data; a guest list may have {limit}.": (
        "{path}: Die Datei hat mehr als {limit} Zeilen mit Daten; eine Gästeliste darf {limit} haben.",
        "{path}: в файле больше {limit} строк с данными; в списке гостей допускается {limit}.",
    ),
    "{path}, row {row}: {columns} columns; a guest list may have {limit}.": (
        "{path}, Zeile {row}: {columns} Spalten; eine Gästeliste darf {limit} haben.",
        "{path}, строка {row}: {columns} столбцов; в списке гостей допускается {limit}.",
    ),
    "{path}, row {row}: a cell is longer than {limit} characters: this is not a guest list, or a quote mark is missing.": (
        "{path}, Zeile {row}: Eine Zelle ist länger als {limit} Zeichen: Das ist keine Gästeliste, oder ein Anführungszeichen fehlt.",
        "{path}, строка {row}: ячейка длиннее {limit} символов: это не список гостей, или не хватает кавычки.",
    ),
    "{path}: the workbook unpacks to {size} MB, more than any guest list (limit {limit} MB); it is damaged or made to exhaust memory.": (
        "{path}: Die Arbeitsmappe entpackt sich zu {size} MB, mehr als jede Gästeliste (Grenze {limit} MB); sie ist beschädigt oder soll den Speicher erschöpfen.",
        "{path}: книга распаковывается в {size} МБ — больше любого списка гостей (предел {limit} МБ); она повреждена или создана, чтобы исчерпать память.",
    ),
    "{path}: this is a pipe or a device, not a file; save the guest list as a file.": (
        "{path}: Das ist eine Pipe oder ein Gerät, keine Datei; speichern Sie die Gästeliste als Datei.",
        "{path}: это канал или устройство, а не файл; сохраните список гостей в файл.",
    ),
    "{path}: there is not enough memory to read this file; close other programs or split the list into smaller files.": (
        "{path}: Der Speicher reicht nicht, um diese Datei zu lesen; schließen Sie andere Programme oder teilen Sie die Liste in kleinere Dateien.",
        "{path}: не хватает памяти, чтобы прочитать этот файл; закройте другие программы или разделите список на файлы поменьше.",
    ),
    "{path}, line {line}: the file contains a NUL character, which no text list has: it is damaged or not a guest list.": (
        "{path}, Zeile {line}: Die Datei enthält ein NUL-Zeichen, das keine Textliste hat: Sie ist beschädigt oder keine Gästeliste.",
        "{path}, строка {line}: в файле есть символ NUL, которого не бывает в текстовом списке: файл повреждён или это не список гостей.",
    ),
    "{path}: the sheet {sheet!r} is empty.": (
        "{path}: Das Blatt {sheet!r} ist leer.",
        "{path}: лист {sheet!r} пуст.",
    ),
    "{path}: there is no sheet {sheet!r}; the sheets are: {sheets}.": (
        "{path}: Es gibt kein Blatt {sheet!r}; die Blätter sind: {sheets}.",
        "{path}: листа {sheet!r} нет; есть листы: {sheets}.",
    ),
    "{path}: no header row with column names was found.": (
        "{path}: Es wurde keine Kopfzeile mit Spaltennamen gefunden.",
        "{path}: строка с названиями столбцов не найдена.",
    ),
    '{path}: no column holds guest names; map one, e.g. --map "Name=name".': (
        '{path}: Keine Spalte enthält Gästenamen; ordnen Sie eine zu, z. B. --map "Name=name".',
        '{path}: ни один столбец не содержит имён гостей; сопоставьте столбец, например --map "Name=name".',
    ),
    "The mapping names column {column!r}, which the file does not have.": (
        "Die Zuordnung nennt die Spalte {column!r}, die es in der Datei nicht gibt.",
        "В сопоставлении указан столбец {column!r}, которого нет в файле.",
    ),
    "Unknown field {field!r} for column {column!r}; fields: {fields}.": (
        "Unbekanntes Feld {field!r} für Spalte {column!r}; Felder: {fields}.",
        "Неизвестное поле {field!r} для столбца {column!r}; поля: {fields}.",
    ),
    "{path}: the table list cannot be read ({detail}).": (
        "{path}: Die Tischliste kann nicht gelesen werden ({detail}).",
        "{path}: список столов не читается ({detail}).",
    ),
    "{path}: the file lists no tables.": ("{path}: Die Datei enthält keine Tische.", "{path}: в файле нет столов."),
    '{path}: no column holds the table number (found: {columns}); name one "Number", "Tisch" or "Номер".': (
        '{path}: Keine Spalte enthält die Tischnummer (gefunden: {columns}); nennen Sie eine „Number“, „Tisch“ oder „Номер“.',
        "{path}: ни один столбец не содержит номер стола (найдены: {columns}); назовите столбец «Number», «Tisch» или «Номер».",
    ),
    "{path}, row {row}: the table number is missing.": (
        "{path}, Zeile {row}: Die Tischnummer fehlt.",
        "{path}, строка {row}: нет номера стола.",
    ),
    "{path}, row {row}, column {column}: {value!r} is not a number.": (
        "{path}, Zeile {row}, Spalte {column}: {value!r} ist keine Zahl.",
        "{path}, строка {row}, столбец {column}: {value!r} – не число.",
    ),
    "{path}, row {row}: table {number} is listed twice (first in row {first}).": (
        "{path}, Zeile {row}: Tisch {number} steht doppelt in der Liste (zuerst in Zeile {first}).",
        "{path}, строка {row}: стол {number} указан дважды (впервые в строке {first}).",
    ),
    "Unknown reason {reason!r} for a new badge; reasons: {reasons}.": (
        "Unbekannter Grund {reason!r} für ein neues Namensschild; Gründe: {reasons}.",
        "Неизвестная причина {reason!r} для нового бейджа; причины: {reasons}.",
    ),
    "{guest} has cancelled: restore the registration before a new badge.": (
        "{guest} hat abgesagt: Stellen Sie vor einem neuen Namensschild die Anmeldung wieder her.",
        "{guest}: участие отменено; перед выдачей нового бейджа восстановите заявку.",
    ),
    "{guest} has had {limit} badges already; no further badge version can be issued.": (
        "{guest} hat bereits {limit} Namensschilder erhalten; eine weitere Version ist nicht möglich.",
        "{guest}: уже выдано бейджей – {limit}; новую версию бейджа выдать нельзя.",
    ),
    "The substitute must be another person than {guest}.": (
        "Die Vertretung muss eine andere Person sein als {guest}.",
        "Замена должна быть другим человеком, не {guest}.",
    ),
    "There is no printer {printer!r}; printers: {known}.": (
        "Es gibt keinen Drucker {printer!r}; Drucker: {known}.",
        "Принтера {printer!r} нет; принтеры: {known}.",
    ),
    "Printing is not available here ({detail}).": (
        "Drucken ist hier nicht verfügbar ({detail}).",
        "Печать здесь недоступна ({detail}).",
    ),
    "Table {number} is used in the meeting rounds; take it out of the round plan first.": (
        "Tisch {number} wird in den Gesprächsrunden verwendet; nehmen Sie ihn zuerst aus dem Rundenplan.",
        "Стол {number} используется в раундах встреч; сначала уберите его из плана раундов.",
    ),
    "Syncthing is needed for several desks. Linux: install the package 'syncthing' (sudo apt install syncthing). Windows and macOS: download Syncthing from https://syncthing.net/downloads/ and put syncthing(.exe) next to checkin or set CHECKIN_SYNCTHING to its path.": (
        "Für mehrere Schalter wird Syncthing benötigt. Linux: das Paket „syncthing“ installieren (sudo apt install syncthing). Windows und macOS: Syncthing von https://syncthing.net/downloads/ herunterladen und syncthing(.exe) neben checkin ablegen oder CHECKIN_SYNCTHING auf seinen Pfad setzen.",
        "Для нескольких стоек нужен Syncthing. Linux: установите пакет «syncthing» (sudo apt install syncthing). Windows и macOS: скачайте Syncthing с https://syncthing.net/downloads/ и положите syncthing(.exe) рядом с checkin или укажите путь к нему в CHECKIN_SYNCTHING.",
    ),
    # -- core: pretix (checkin/errors.py) ----------------------------------------------------------------
    "The pretix server {url} cannot be reached ({detail}); nothing was changed.": (
        "Der pretix-Server {url} ist nicht erreichbar ({detail}); es wurde nichts geändert.",
        "Сервер pretix {url} недоступен ({detail}); ничего не изменено.",
    ),
    "The certificate of {url} is not trusted ({detail}); nothing was changed. Check the address.": (
        "Dem Zertifikat von {url} wird nicht vertraut ({detail}); es wurde nichts geändert. Prüfen Sie die Adresse.",
        "Сертификату {url} нет доверия ({detail}); ничего не изменено. Проверьте адрес.",
    ),
    "pretix at {url} refused the API token; check that it was copied completely.": (
        "pretix unter {url} hat den API-Token abgelehnt; prüfen Sie, ob er vollständig kopiert wurde.",
        "pretix по адресу {url} отклонил API-токен; проверьте, что он скопирован полностью.",
    ),
    "The API token's team may not read or check in the orders of {event}: give it 'Orders: View all and check-in' for this event.": (
        "Das Team des API-Tokens darf die Bestellungen von {event} nicht lesen oder einchecken: geben Sie ihm „Bestellungen: Alle lesen und einchecken“ für diese Veranstaltung.",
        "Команде этого API-токена нельзя читать или регистрировать заказы {event}: дайте ей право 'Orders: View all and check-in' для этого мероприятия.",
    ),
    "pretix at {url} has no event {event} of organizer {organizer} for this token; its events: {events}.": (
        "pretix unter {url} hat für diesen Token keine Veranstaltung {event} des Veranstalters {organizer}; seine Veranstaltungen: {events}.",
        "В pretix по адресу {url} для этого токена нет мероприятия {event} организатора {organizer}; его мероприятия: {events}.",
    ),
    "Event {event} has no check-in list {list}; its lists: {lists}.": (
        "Die Veranstaltung {event} hat keine Check-in-Liste {list}; ihre Listen: {lists}.",
        "У мероприятия {event} нет списка регистрации {list}; его списки: {lists}.",
    ),
    "Event {event} has several check-in lists; choose one: {lists}.": (
        "Die Veranstaltung {event} hat mehrere Check-in-Listen; wählen Sie eine: {lists}.",
        "У мероприятия {event} несколько списков регистрации; выберите один: {lists}.",
    ),
    "Event {event} has no check-in list yet; create one in pretix first.": (
        "Die Veranstaltung {event} hat noch keine Check-in-Liste; legen Sie zuerst eine in pretix an.",
        "У мероприятия {event} ещё нет списка регистрации; сначала создайте его в pretix.",
    ),
    "Unexpected answer from pretix at {url} ({detail}); nothing was changed.": (
        "Unerwartete Antwort von pretix unter {url} ({detail}); es wurde nichts geändert.",
        "Неожиданный ответ pretix по адресу {url} ({detail}); ничего не изменено.",
    ),
    "{url} is not a web address (it should look like https://pretix.eu).": (
        "{url} ist keine Webadresse (sie sollte so aussehen: https://pretix.eu).",
        "{url} — не веб-адрес (он должен выглядеть так: https://pretix.eu).",
    ),
    "{path}: this event is not connected to pretix yet.": (
        "{path}: diese Veranstaltung ist noch nicht mit pretix verbunden.",
        "{path}: это мероприятие ещё не подключено к pretix.",
    ),
    "The pretix API token of this event is not on this computer; connect again with the token.": (
        "Der pretix-API-Token dieser Veranstaltung ist nicht auf diesem Computer; verbinden Sie sich erneut mit dem Token.",
        "API-токена pretix для этого мероприятия нет на этом компьютере; подключитесь заново с токеном.",
    ),
    "There is no pretix product {product}; products: {known}.": (
        "Es gibt kein pretix-Produkt {product}; Produkte: {known}.",
        "Продукта pretix {product} нет; продукты: {known}.",
    ),
    # -- core: accepted codes (checkin/guest_codes.py) -------------------------------------------------
    "The code {code} already checks in {guest}; a code belongs to one guest.": (
        "Der Code {code} checkt schon {guest} ein; ein Code gehört zu einem Gast.",
        "Код {code} уже регистрирует гостя {guest}; код принадлежит одному гостю.",
    ),
    # -- core: badge layouts (checkin/badges/layout_texts.py) ------------------------------------------
    "A6 single badge (105 × 148 mm), one per page": (
        "Einzelnes A6-Namensschild (105 × 148 mm), eines pro Seite",
        "Одиночный бейдж A6 (105 × 148 мм), один на странице",
    ),
    "4 × A6 badges on A4, for cutting": (
        "4 × A6-Namensschilder auf A4, zum Schneiden",
        "4 бейджа A6 на листе A4, для разрезания",
    ),
    "8 badge inserts 90 × 54 mm on A4 (perforated badge sheets)": (
        "8 Einsteckschilder 90 × 54 mm auf A4 (perforierte Bögen)",
        "8 вкладышей 90 × 54 мм на A4 (перфорированные листы)",
    ),
    "8 badges 90 × 54 mm on plain A4 with gaps and crop marks": (
        "8 Namensschilder 90 × 54 mm auf normalem A4 mit Abstand und Schnittmarken",
        "8 бейджей 90 × 54 мм на обычном A4 с отступами и метками обреза",
    ),
    "CR80 plastic card (85.6 × 54 mm), one per page": (
        "CR80-Plastikkarte (85,6 × 54 mm), eine pro Seite",
        "Пластиковая карта CR80 (85,6 × 54 мм), одна на странице",
    ),
    "62 mm continuous label (Brother QL), 62 × 100 mm, one per page": (
        "62-mm-Endlosetikett (Brother QL), 62 × 100 mm, eines pro Seite",
        "Непрерывная лента 62 мм (Brother QL), 62 × 100 мм, одна этикетка на странице",
    ),
    "US badge 4 × 3 inch (101.6 × 76.2 mm), one per page": (
        "US-Namensschild 4 × 3 Zoll (101,6 × 76,2 mm), eines pro Seite",
        "Американский бейдж 4 × 3 дюйма (101,6 × 76,2 мм), один на странице",
    ),
    "2 fold-over A6 badges on A4: front below, programme on the back above, fold in the middle": (
        "2 faltbare A6-Namensschilder auf A4: unten die Vorderseite, oben das Programm als Rückseite, in der Mitte falten",
        "2 складных бейджа A6 на A4: внизу лицевая сторона, вверху программа на обороте, сложить посередине",
    ),
    "4 × A6 on A4, double-sided: programme and table on the back (print long-edge duplex)": (
        "4 × A6 auf A4, beidseitig: Programm und Tisch auf der Rückseite (Duplex über die lange Kante)",
        "4 × A6 на A4, двусторонние: программа и стол на обороте (дуплекс по длинному краю)",
    ),
    "8 badges 90 × 54 mm on A4, double-sided: table on the back (long-edge duplex)": (
        "8 Namensschilder 90 × 54 mm auf A4, beidseitig: Tisch auf der Rückseite (Duplex über die lange Kante)",
        "8 бейджей 90 × 54 мм на A4, двусторонние: стол на обороте (дуплекс по длинному краю)",
    ),
    # -- core: guest categories (checkin/categories.py) -------------------------------------------------
    "Delegation": ("Delegation", "Делегация"),
    "Speaker": ("Referent", "Докладчик"),
    "Press": ("Presse", "Пресса"),
    "Staff": ("Team", "Организатор"),
    "VIP": ("VIP", "VIP"),
    # -- core: seating reasons (checkin/seating/reasons.py) ----------------------------------------------
    "Seated at table {table} by hand.": ("Von Hand an Tisch {table} gesetzt.", "Место за столом {table} назначено вручную."),
    "Seat removed by hand.": ("Platz von Hand entfernt.", "Место убрано вручную."),
    "Table {table} from the imported list.": ("Tisch {table} aus der importierten Liste.", "Стол {table} из импортированного списка."),
    "Kept at table {table}: set by hand.": ("Bleibt an Tisch {table}: von Hand gesetzt.", "Остаётся за столом {table}: назначено вручную."),
    "Table {table} ({theme}) matches the field {industry}.": (
        "Tisch {table} ({theme}) passt zur Branche {industry}.",
        "Стол {table} ({theme}) подходит к отрасли «{industry}».",
    ),
    "Visitor ({delegation}): table {table} ({theme}) matches {industry}; the delegation is spread over the tables of its fields.": (
        "Besucher ({delegation}): Tisch {table} ({theme}) passt zu {industry}; die Delegation verteilt sich auf die Tische ihrer Branchen.",
        "Гость ({delegation}): стол {table} ({theme}) подходит к отрасли «{industry}»; делегация распределена по столам своих отраслей.",
    ),
    "Sits with colleagues from {organisation} at table {table} ({theme}), which matches {industry}.": (
        "Sitzt mit Kollegen von {organisation} an Tisch {table} ({theme}), der zu {industry} passt.",
        "Сидит с коллегами из {organisation} за столом {table} ({theme}), который подходит к отрасли «{industry}».",
    ),
    "Joins colleagues from {organisation} already seated at table {table}.": (
        "Setzt sich zu Kollegen von {organisation}, die schon an Tisch {table} sitzen.",
        "Присоединяется к коллегам из {organisation}, уже сидящим за столом {table}.",
    ),
    "Stays at table {table}.": ("Bleibt an Tisch {table}.", "Остаётся за столом {table}."),
    "No table of the field had room for all of {organisation}: split, this one at table {table}.": (
        "Kein Tisch der Branche hatte Platz für alle von {organisation}: aufgeteilt, diese Person an Tisch {table}.",
        "Ни за одним столом отрасли не хватило мест для всех из {organisation}: группа разделена, этот гость – за столом {table}.",
    ),
    "No field given: free seat at table {table}.": (
        "Keine Branche angegeben: freier Platz an Tisch {table}.",
        "Отрасль не указана: свободное место за столом {table}.",
    ),
    "No table has the theme {industry}: free seat at table {table}.": (
        "Kein Tisch hat das Thema {industry}: freier Platz an Tisch {table}.",
        "Нет стола с темой «{industry}»: свободное место за столом {table}.",
    ),
    "The tables for {industry} are full: free seat at table {table}.": (
        "Die Tische für {industry} sind voll: freier Platz an Tisch {table}.",
        "Столы отрасли «{industry}» заняты: свободное место за столом {table}.",
    ),
    "No free seat left at any table.": ("An keinem Tisch ist noch ein Platz frei.", "Свободных мест не осталось ни за одним столом."),
    "The tables for {industry} are full.": ("Die Tische für {industry} sind voll.", "Столы отрасли «{industry}» заняты."),
    "No table has the theme {industry}.": ("Kein Tisch hat das Thema {industry}.", "Нет стола с темой «{industry}»."),
    "The event has no tables yet.": ("Die Veranstaltung hat noch keine Tische.", "У мероприятия ещё нет столов."),
    "Category {category} is not seated automatically.": (
        "Die Kategorie {category} wird nicht automatisch gesetzt.",
        "Категория «{category}» не рассаживается автоматически.",
    ),
}

# A text that needs another translation in one context: {(context, english): (german, russian)}.
BY_CONTEXT: dict[tuple[str, str], tuple[str, str]] = {
    # statistics columns: arrived at all (not: present now), short for the header
    ("BreakdownModel", "Checked in"): ("Eingecheckt", "Пришли"),
    ("ItemFiguresModel", "Checked in"): ("Eingecheckt", "Пришли"),
    ("ItemFiguresModel", "Checked out"): ("Ausgecheckt", "Ушли"),
}
