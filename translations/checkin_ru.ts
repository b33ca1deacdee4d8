<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About checkin</source>
        <translation>О программе checkin</translation>
    </message>
    <message>
        <source>The offline check-in desk for events.</source>
        <translation>Автономная стойка регистрации для мероприятий.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Свободное программное обеспечение под лицензией GNU General Public License версии 3 или новее.</translation>
    </message>
    <message>
        <source>Qt %1, Qt for Python %2, Python %3</source>
        <translation>Qt %1, Qt for Python %2, Python %3</translation>
    </message>
    <message>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <source>Third-party licences</source>
        <translation>Сторонние лицензии</translation>
    </message>
    <message>
        <source>No bundled fonts.</source>
        <translation>Встроенных шрифтов нет.</translation>
    </message>
    <message>
        <source>Font licence</source>
        <translation>Лицензия шрифта</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
</context>
<context>
    <name>ArrivalChart</name>
    <message>
        <source>No arrivals yet.</source>
        <translation>Пока никто не пришёл.</translation>
    </message>
    <message>
        <source>Arrivals per %1 min</source>
        <translation>Прибытия за %1 мин</translation>
    </message>
</context>
<context>
    <name>AutoSeatDialog</name>
    <message>
        <source>Seat guests automatically</source>
        <translation>Автоматическая рассадка гостей</translation>
    </message>
    <message>
        <source>Keep people from the same organisation together</source>
        <translation>Сажать людей из одной организации вместе</translation>
    </message>
    <message>
        <source>Only seat guests who have no table yet</source>
        <translation>Рассаживать только гостей без стола</translation>
    </message>
    <message>
        <source>When a field's tables are full, use free seats at other tables</source>
        <translation>Если столы отрасли заняты, использовать свободные места за другими столами</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Гость</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Стол</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>%1 guests get a seat, %2 change table, %3 cannot be seated.</source>
        <translation>Получат место: %1, сменят стол: %2, не удаётся рассадить: %3.</translation>
    </message>
    <message>
        <source>Cannot be seated</source>
        <translation>Не удаётся рассадить</translation>
    </message>
    <message>
        <source>Change table</source>
        <translation>Сменить стол</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Остаётся</translation>
    </message>
</context>
<context>
    <name>BadgeDialog</name>
    <message>
        <source>Save badges as PDF</source>
        <translation>Сохранить бейджи в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print badges</source>
        <translation>Печать бейджей</translation>
    </message>
    <message>
        <source>Standard (built in)</source>
        <translation>Стандартный (встроенный)</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>Все столы</translation>
    </message>
    <message>
        <source>Only badges not printed yet</source>
        <translation>Только ещё не напечатанные бейджи</translation>
    </message>
    <message>
        <source>Only the selected guests (%1)</source>
        <translation>Только выбранные гости (%1)</translation>
    </message>
    <message>
        <source>Crop marks</source>
        <translation>Метки обреза</translation>
    </message>
    <message>
        <source>Cyrillic line under Latin names</source>
        <translation>Строка кириллицей под латинскими именами</translation>
    </message>
    <message>
        <source>Proof copy: do not count these badges as printed</source>
        <translation>Пробная печать: не считать эти бейджи напечатанными</translation>
    </message>
    <message>
        <source>Programme and table</source>
        <translation>Программа и стол</translation>
    </message>
    <message>
        <source>Table in large print</source>
        <translation>Стол крупным шрифтом</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF-файл</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Default printer</source>
        <translation>Принтер по умолчанию</translation>
    </message>
    <message>
        <source>(no printer installed)</source>
        <translation>(принтер не установлен)</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Макет:</translation>
    </message>
    <message>
        <source>&amp;Design:</source>
        <translation>&amp;Дизайн:</translation>
    </message>
    <message>
        <source>&amp;Categories (none: all):</source>
        <translation>&amp;Категории (не выбрано – все):</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Стол:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Параметры:</translation>
    </message>
    <message>
        <source>&amp;Back side:</source>
        <translation>&amp;Оборот:</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Вывод:</translation>
    </message>
    <message>
        <source>&amp;Print badges</source>
        <translation>&amp;Напечатать бейджи</translation>
    </message>
    <message>
        <source>They were &amp;printed</source>
        <translation>&amp;Напечатаны</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) will be printed.</source>
        <translation>
            <numerusform>Будет напечатан %n бейдж.</numerusform>
            <numerusform>Будет напечатано %n бейджа.</numerusform>
            <numerusform>Будет напечатано %n бейджей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them were printed before.</source>
        <translation>
            <numerusform>Из них %n уже печатался.</numerusform>
            <numerusform>Из них %n уже печатались.</numerusform>
            <numerusform>Из них %n уже печатались.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n бейдж</numerusform>
            <numerusform>%n бейджа</numerusform>
            <numerusform>%n бейджей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s)</source>
        <translation>
            <numerusform>%n листе</numerusform>
            <numerusform>%n листах</numerusform>
            <numerusform>%n листах</numerusform>
        </translation>
    </message>
    <message>
        <source>No guests selected: there are no badges to print.</source>
        <translation>Гости не выбраны: печатать нечего.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
    <message>
        <source>Rendering badges…</source>
        <translation>Бейджи формируются…</translation>
    </message>
    <message>
        <source>%1 on %2 saved as %3 – not counted as printed. Once the sheets are printed, press “They were printed”.</source>
        <translation>%1 на %2 сохранено как %3 – не учтено как напечатанное. Когда листы будут напечатаны, нажмите «Напечатаны».</translation>
    </message>
    <message>
        <source>%1 on %2 printed on %3.</source>
        <translation>%1 на %2 напечатано на %3.</translation>
    </message>
    <message>
        <source>%1 counted as printed.</source>
        <translation>%1: учтены как напечатанные.</translation>
    </message>
    <message>
        <source>Badges were not printed: %1</source>
        <translation>Бейджи не напечатаны: %1</translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <source>Checked in</source>
        <translation>Пришли</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Доля</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <source>Start camera</source>
        <translation>Включить камеру</translation>
    </message>
    <message>
        <source>Video file: %1</source>
        <translation>Видеофайл: %1</translation>
    </message>
    <message>
        <source>Camera off. The scanner and the search work as usual.</source>
        <translation>Камера выключена. Сканер и поиск работают как обычно.</translation>
    </message>
    <message>
        <source>Stop camera</source>
        <translation>Выключить камеру</translation>
    </message>
    <message>
        <source>Camera on: guests hold their badge or phone up to it.</source>
        <translation>Камера включена: гости подносят к ней бейдж или телефон.</translation>
    </message>
    <message>
        <source>No camera found. Connect a camera, or keep using the scanner and the search.</source>
        <translation>Камера не найдена. Подключите камеру или продолжайте работать со сканером и поиском.</translation>
    </message>
    <message>
        <source>The camera may not be used: allow checkin to use the camera in the system settings (privacy). The scanner and the search work as usual.</source>
        <translation>Камеру использовать нельзя: разрешите checkin доступ к камере в системных настройках (конфиденциальность). Сканер и поиск работают как обычно.</translation>
    </message>
    <message>
        <source>The camera was disconnected. Plug it in again and press Start camera; the scanner and the search keep working.</source>
        <translation>Камера отключена. Подключите её снова и нажмите «Включить камеру»; сканер и поиск продолжают работать.</translation>
    </message>
    <message>
        <source>The camera reported a problem: %1. The scanner and the search keep working.</source>
        <translation>Камера сообщила о проблеме: %1. Сканер и поиск продолжают работать.</translation>
    </message>
    <message>
        <source>Camera scanning is not installed. To enable it, install the camera extra: pip install "checkin[camera]" (on Linux also the system package libpulse0). The scanner and the search work without it.</source>
        <translation>Сканирование камерой не установлено. Чтобы включить его, установите дополнение: pip install "checkin[camera]" (в Linux также системный пакет libpulse0). Сканер и поиск работают и без него.</translation>
    </message>
</context>
<context>
    <name>CardTexts</name>
    <message>
        <source>Ready – scan the next badge</source>
        <translation>Готово – сканируйте следующий бейдж</translation>
    </message>
    <message>
        <source>F3: find by name · F4: walk-in · F5: guest list
F6: programme item · F7: guest display · Ctrl+Z: undo last check-in</source>
        <translation>F3: поиск по имени · F4: гость без заявки · F5: список гостей
F6: пункт программы · F7: экран для гостей · Ctrl+Z: отменить отметку</translation>
    </message>
    <message>
        <source>This event has no guests yet</source>
        <translation>В мероприятии ещё нет гостей</translation>
    </message>
    <message>
        <source>Import the guest list: File ▸ Import guest list… (Ctrl+I), or register guests as they come (F4). Protect the settings with an admin PIN: Admin ▸ Set admin PIN…</source>
        <translation>Импортируйте список гостей: Файл ▸ Импорт списка гостей… (Ctrl+I) или записывайте гостей по приходу (F4). Защитите настройки PIN-кодом: Администрирование ▸ Задать PIN администратора…</translation>
    </message>
    <message>
        <source>NOT SAVED – this check-in did not count</source>
        <translation>НЕ СОХРАНЕНО – эта отметка не засчитана</translation>
    </message>
    <message>
        <source>Call the event's admin. Note the guest on paper.</source>
        <translation>Позовите администратора мероприятия. Запишите гостя на бумаге.</translation>
    </message>
    <message>
        <source>Welcome, %1!</source>
        <translation>Добро пожаловать, %1!</translation>
    </message>
    <message>
        <source>%1 is already checked in</source>
        <translation>%1: приход уже отмечен</translation>
    </message>
    <message>
        <source>Old badge of %1 – it was replaced</source>
        <translation>Старый бейдж гостя %1 – он заменён</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>Неизвестный код</translation>
    </message>
    <message>
        <source>Invalid badge code</source>
        <translation>Недействительный код бейджа</translation>
    </message>
    <message>
        <source>Typing error in the code</source>
        <translation>Опечатка в коде</translation>
    </message>
    <message>
        <source>Badge of another event</source>
        <translation>Бейдж другого мероприятия</translation>
    </message>
    <message>
        <source>%1 has cancelled</source>
        <translation>%1: участие отменено</translation>
    </message>
    <message>
        <source>%1 is not on this list</source>
        <translation>%1: нет в этом списке</translation>
    </message>
    <message>
        <source>This ticket is not valid here</source>
        <translation>Этот билет здесь недействителен</translation>
    </message>
    <message>
        <source>It was replaced or cancelled in pretix.</source>
        <translation>Он был заменён или отменён в pretix.</translation>
    </message>
    <message>
        <source>Its product is not admitted to this check-in list.</source>
        <translation>Его продукт не допускается в этот список регистрации.</translation>
    </message>
    <message>
        <source>It is not valid at this time.</source>
        <translation>Он недействителен в это время.</translation>
    </message>
    <message>
        <source>Since %1 at desk %2</source>
        <translation>С %1, стойка %2</translation>
    </message>
    <message>
        <source>Scanned: %1</source>
        <translation>Отсканировано: %1</translation>
    </message>
    <message>
        <source>look at this guest's ticket before letting them in</source>
        <translation>проверьте билет этого гостя, прежде чем пропустить</translation>
    </message>
    <message>
        <source>⚠ Attention: %1</source>
        <translation>⚠ Внимание: %1</translation>
    </message>
    <message>
        <source>Check-in note: %1</source>
        <translation>Примечание для стойки: %1</translation>
    </message>
    <message>
        <source>New guest from a pretix ticket: ask for the name and complete it in the guest list (F5).</source>
        <translation>Новый гость по билету pretix: спросите имя и дополните его в списке гостей (F5).</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
    </message>
    <message>
        <source>sheet %1, slot %2</source>
        <translation>лист %1, место %2</translation>
    </message>
    <message>
        <source>box %1, %2</source>
        <translation>ящик %1, %2</translation>
    </message>
    <message>
        <source>Badge: %1</source>
        <translation>Бейдж: %1</translation>
    </message>
    <message>
        <source>The guest has a printed badge.</source>
        <translation>У гостя есть напечатанный бейдж.</translation>
    </message>
    <message>
        <source>No pre-printed badge – press F8 to print it now.</source>
        <translation>Бейдж не напечатан заранее – нажмите F8, чтобы напечатать.</translation>
    </message>
    <message>
        <source>No pre-printed badge.</source>
        <translation>Бейдж не напечатан заранее.</translation>
    </message>
    <message>
        <source>Let them in if it is the same person; otherwise check the ID.</source>
        <translation>Пропустите, если это тот же человек; иначе проверьте документ.</translation>
    </message>
    <message>
        <source>Ask for the newer badge or ID, then find the guest by name (F3).</source>
        <translation>Попросите новый бейдж или документ, затем найдите гостя по имени (F3).</translation>
    </message>
    <message>
        <source>Find the guest by name (F3) or register them as a walk-in (F4).</source>
        <translation>Найдите гостя по имени (F3) или запишите как гостя без заявки (F4).</translation>
    </message>
    <message>
        <source>Check the ID and find the guest by name (F3); tell the organiser if it repeats.</source>
        <translation>Проверьте документ и найдите гостя по имени (F3); если это повторится, сообщите организатору.</translation>
    </message>
    <message>
        <source>One character of the code is wrong – type it again or search (F3).</source>
        <translation>Один символ кода неверен – введите код ещё раз или найдите гостя (F3).</translation>
    </message>
    <message>
        <source>Ask for this event's invitation, or find the guest by name (F3).</source>
        <translation>Попросите приглашение на это мероприятие или найдите гостя по имени (F3).</translation>
    </message>
    <message>
        <source>Ask the organiser before letting them in; the registration can be restored in the guest list (F5).</source>
        <translation>Прежде чем пропустить, спросите организатора; заявку можно восстановить в списке гостей (F5).</translation>
    </message>
    <message>
        <source>Check the programme item above (F6) – %1 – or ask the organiser.</source>
        <translation>Проверьте пункт программы вверху (F6) – %1 – или спросите организатора.</translation>
    </message>
    <message>
        <source>Ask for the current ticket, or find the guest by name (F3).</source>
        <translation>Попросите действующий билет или найдите гостя по имени (F3).</translation>
    </message>
    <message>
        <source>reported lost</source>
        <translation>заявлен как утерянный</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>повреждён</translation>
    </message>
    <message>
        <source>misprinted</source>
        <translation>напечатан с ошибкой</translation>
    </message>
    <message>
        <source>a colleague took the place</source>
        <translation>вместо гостя пришёл коллега</translation>
    </message>
    <message>
        <source>Replaced %1 at desk %2</source>
        <translation>Заменён %1, стойка %2</translation>
    </message>
    <message>
        <source>Replaced by a newer badge</source>
        <translation>Заменён новым бейджем</translation>
    </message>
    <message>
        <source>Keep this badge: it was reported lost. %1 has the current badge – check the ID before letting anyone in.</source>
        <translation>Оставьте этот бейдж у себя: он заявлен как утерянный. Действующий бейдж у гостя %1 – проверьте документ, прежде чем пропустить.</translation>
    </message>
    <message>
        <source>The registration now belongs to %1. Keep this badge; if this is %1, find them by name (F3).</source>
        <translation>Заявка теперь оформлена на гостя %1. Оставьте этот бейдж у себя; если это %1, найдите гостя по имени (F3).</translation>
    </message>
    <message>
        <source>A newer badge was printed for %1. Keep this one, ask for the new badge or find the guest by name (F3).</source>
        <translation>Для гостя %1 напечатан новый бейдж. Оставьте этот у себя, попросите новый или найдите гостя по имени (F3).</translation>
    </message>
    <message>
        <source>printer offline</source>
        <translation>принтер недоступен</translation>
    </message>
    <message>
        <source>out of labels</source>
        <translation>этикетки закончились</translation>
    </message>
    <message>
        <source>driver error</source>
        <translation>ошибка драйвера</translation>
    </message>
    <message>
        <source>unknown problem</source>
        <translation>неизвестная проблема</translation>
    </message>
    <message>
        <source>The badge could not be made: %1</source>
        <translation>Не удалось создать бейдж: %1</translation>
    </message>
    <message>
        <source>Badge saved as PDF and opened – not printed yet. Print it from the PDF viewer, then press F9.</source>
        <translation>Бейдж сохранён в PDF и открыт – ещё не напечатан. Напечатайте его из программы просмотра PDF и нажмите F9.</translation>
    </message>
    <message>
        <source>Badge saved as %1 – not printed: no PDF viewer opened it. Print the file, then press F9.</source>
        <translation>Бейдж сохранён как %1 – не напечатан: программа просмотра PDF его не открыла. Напечатайте файл и нажмите F9.</translation>
    </message>
    <message>
        <source>Badge queued for printing…</source>
        <translation>Бейдж в очереди на печать…</translation>
    </message>
    <message>
        <source>Badge waiting at %1: %2 – Badges ▸ Print queue (Ctrl+Shift+P).</source>
        <translation>Бейдж ждёт на %1: %2 – Бейджи ▸ Очередь печати (Ctrl+Shift+P).</translation>
    </message>
    <message>
        <source>Badge printing on %1…</source>
        <translation>Бейдж печатается на %1…</translation>
    </message>
    <message>
        <source>Badge printed on %1 – hand it over.</source>
        <translation>Бейдж напечатан на %1 – выдайте его гостю.</translation>
    </message>
    <message>
        <source>Badge printed – hand it over.</source>
        <translation>Бейдж напечатан – выдайте его гостю.</translation>
    </message>
    <message>
        <source>Badge NOT printed (%2 on %1). Press F8 to try again.</source>
        <translation>Бейдж НЕ напечатан (%2 на %1). Нажмите F8, чтобы повторить.</translation>
    </message>
    <message>
        <source>Badge printing cancelled – not printed.</source>
        <translation>Печать бейджа отменена – не напечатан.</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <source>Checking against the guest list…</source>
        <translation>Проверка по списку гостей…</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>Проверка не удалась: %1</translation>
    </message>
    <message>
        <source>This design cannot be printed: its QR code would not scan.</source>
        <translation>Этот дизайн нельзя печатать: его QR-код не будет считываться.</translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s) of %1 would get a badge with a problem.</source>
        <translation>
            <numerusform>%n гость из %1 получит бейдж с проблемой.</numerusform>
            <numerusform>%n гостя из %1 получат бейдж с проблемой.</numerusform>
            <numerusform>%n гостей из %1 получат бейдж с проблемой.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n badge(s) fit: no text below 7 pt, none cut short.</source>
        <translation>
            <numerusform>Все %n бейдж в порядке: нет текста мельче 7 pt, ничего не обрезано.</numerusform>
            <numerusform>Все %n бейджа в порядке: нет текста мельче 7 pt, ничего не обрезано.</numerusform>
            <numerusform>Все %n бейджей в порядке: нет текста мельче 7 pt, ничего не обрезано.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColourBox</name>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>CountersView</name>
    <message>
        <source>%1 / %2 checked in</source>
        <translation>%1 / %2 отмечены</translation>
    </message>
</context>
<context>
    <name>DelegationView</name>
    <message>
        <source>Save changed schedules</source>
        <translation>Сохранить изменённые расписания</translation>
    </message>
    <message>
        <source>Delegation – %1</source>
        <translation>Делегация – %1</translation>
    </message>
    <message>
        <source>Re-plan remaining rounds</source>
        <translation>Перепланировать оставшиеся раунды</translation>
    </message>
    <message>
        <source>Print changed schedules…</source>
        <translation>Печать изменённых расписаний…</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Прибыли</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Отсутствует</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Раунд</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Стол</translation>
    </message>
    <message>
        <source>Left without a partner</source>
        <translation>Без партнёра</translation>
    </message>
    <message>
        <source>Delegation:</source>
        <translation>Делегация:</translation>
    </message>
    <message>
        <source>From round:</source>
        <translation>С раунда:</translation>
    </message>
    <message>
        <source>Tables that lose their partner</source>
        <translation>Столы, оставшиеся без партнёра</translation>
    </message>
    <message>
        <source>This event has no delegation.</source>
        <translation>На этом мероприятии нет делегации.</translation>
    </message>
    <message>
        <source>%1 of %2 arrived, %3 missing.</source>
        <translation>Прибыли %1 из %2, отсутствуют: %3.</translation>
    </message>
    <message>
        <source>Re-planned from round %1: %2 schedules changed.</source>
        <translation>Перепланировано с раунда %1: изменено расписаний: %2.</translation>
    </message>
    <message>
        <source>%1 changed schedules written to %2</source>
        <translation>Изменённых расписаний: %1, записано в %2</translation>
    </message>
</context>
<context>
    <name>DesignerWindow</name>
    <message>
        <source>Badge designs</source>
        <translation>Дизайн бейджей</translation>
    </message>
    <message>
        <source>Designs</source>
        <translation>Дизайны</translation>
    </message>
    <message>
        <source>Design:</source>
        <translation>Дизайн:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Print with this design</source>
        <translation>Печатать с этим дизайном</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Элементы</translation>
    </message>
    <message>
        <source>Variant for a category…</source>
        <translation>Вариант для категории…</translation>
    </message>
    <message>
        <source>Own back side</source>
        <translation>Свой оборот</translation>
    </message>
    <message>
        <source>+ Text</source>
        <translation>+ Текст</translation>
    </message>
    <message>
        <source>+ Image…</source>
        <translation>+ Картинка…</translation>
    </message>
    <message>
        <source>+ QR code</source>
        <translation>+ QR-код</translation>
    </message>
    <message>
        <source>+ Shape</source>
        <translation>+ Фигура</translation>
    </message>
    <message>
        <source>+ Artwork…</source>
        <translation>+ Фон…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>Backward</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Предпросмотр:</translation>
    </message>
    <message>
        <source>Standard (built in)</source>
        <translation>Стандартный (встроенный)</translation>
    </message>
    <message>
        <source>Discard the changes to %1?</source>
        <translation>Отменить изменения в «%1»?</translation>
    </message>
    <message>
        <source>Save design as</source>
        <translation>Сохранить дизайн как</translation>
    </message>
    <message>
        <source>Name of the design:</source>
        <translation>Название дизайна:</translation>
    </message>
    <message>
        <source>Import a badge design</source>
        <translation>Импорт дизайна бейджа</translation>
    </message>
    <message>
        <source>Badge designs (*.checkin-design)</source>
        <translation>Дизайны бейджей (*.checkin-design)</translation>
    </message>
    <message>
        <source>Export the badge design</source>
        <translation>Экспорт дизайна бейджа</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Лицевая сторона</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Оборот</translation>
    </message>
    <message>
        <source>Front – %1</source>
        <translation>Лицевая – %1</translation>
    </message>
    <message>
        <source>Back – %1</source>
        <translation>Оборот – %1</translation>
    </message>
    <message>
        <source>Variant for a category</source>
        <translation>Вариант для категории</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <source>Add a variant</source>
        <translation>Добавить вариант</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>Выбрать картинку</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.pdf)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.svg *.pdf)</translation>
    </message>
    <message>
        <source>Add an element</source>
        <translation>Добавить элемент</translation>
    </message>
    <message>
        <source>Change the picture</source>
        <translation>Заменить картинку</translation>
    </message>
    <message>
        <source>Change the order</source>
        <translation>Изменить порядок</translation>
    </message>
    <message>
        <source>Change an element</source>
        <translation>Изменить элемент</translation>
    </message>
    <message>
        <source>No guests to preview yet.</source>
        <translation>Пока нет гостей для предпросмотра.</translation>
    </message>
</context>
<context>
    <name>DeskView</name>
    <message>
        <source>&amp;Programme item:</source>
        <translation>&amp;Пункт программы:</translation>
    </message>
    <message>
        <source>There is no check-in to undo.</source>
        <translation>Нет отметки прихода, которую можно отменить.</translation>
    </message>
    <message>
        <source>Check-in of %1 undone.</source>
        <translation>Отметка прихода гостя %1 отменена.</translation>
    </message>
</context>
<context>
    <name>DesksModel</name>
    <message>
        <source>Desk</source>
        <translation>Стойка</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Последняя синхронизация</translation>
    </message>
    <message>
        <source>Waiting here</source>
        <translation>В очереди здесь</translation>
    </message>
    <message>
        <source>Waiting there</source>
        <translation>В очереди там</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>удалена</translation>
    </message>
    <message>
        <source>not paired</source>
        <translation>не подключена</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>на связи</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>нет связи</translation>
    </message>
</context>
<context>
    <name>DesksPanel</name>
    <message>
        <source>Desks</source>
        <translation>Стойки</translation>
    </message>
    <message>
        <source>Show join code for another desk</source>
        <translation>Показать код подключения для другой стойки</translation>
    </message>
    <message>
        <source>Unpair selected desk</source>
        <translation>Отключить выбранную стойку</translation>
    </message>
    <message>
        <source>Withdraw open join codes</source>
        <translation>Отозвать неиспользованные коды подключения</translation>
    </message>
    <message>
        <source>For one desk, until %1.</source>
        <translation>Для одной стойки, до %1.</translation>
    </message>
    <message>
        <source>This desk works alone. To keep several desks in step, install Syncthing: %1</source>
        <translation>Эта стойка работает одна. Чтобы несколько стоек работали согласованно, установите Syncthing: %1</translation>
    </message>
    <message>
        <source>Starting sync…</source>
        <translation>Запуск синхронизации…</translation>
    </message>
    <message>
        <source>This desk is “%1” and keeps in step with the desks below.</source>
        <translation>Эта стойка – «%1», она синхронизируется со стойками ниже.</translation>
    </message>
    <message>
        <source>This desk works alone. Show a join code to add another desk.</source>
        <translation>Эта стойка работает одна. Покажите код подключения, чтобы добавить другую стойку.</translation>
    </message>
    <message>
        <source>Out of reach for %1 minutes or more: %2 — check its network and that checkin is running there.</source>
        <translation>Нет связи %1 мин или дольше: %2 — проверьте сеть и запущен ли там checkin.</translation>
    </message>
    <message>
        <source>Sync could not start: %1 (trying again)</source>
        <translation>Не удалось запустить синхронизацию: %1 (будет новая попытка)</translation>
    </message>
    <message>
        <source>This desk was removed from the event by another desk; it no longer syncs.</source>
        <translation>Эта стойка удалена из мероприятия другой стойкой; она больше не синхронизируется.</translation>
    </message>
    <message>
        <source>This desk is “%1”, but its Syncthing does not answer: its changes wait here and go out when it answers again.</source>
        <translation>Эта стойка – «%1», но её Syncthing не отвечает: изменения ждут здесь и уйдут, когда он снова ответит.</translation>
    </message>
    <message>
        <source>This desk is “%1”; its Syncthing stopped and is being started again.</source>
        <translation>Эта стойка – «%1»; её Syncthing остановился и запускается снова.</translation>
    </message>
    <message numerus="yes">
        <source>(Syncthing was restarted %n time(s).)</source>
        <translation>
            <numerusform>(Syncthing перезапускался %n раз.)</numerusform>
            <numerusform>(Syncthing перезапускался %n раза.)</numerusform>
            <numerusform>(Syncthing перезапускался %n раз.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Merging: every desk's check-ins are kept; if a guest was checked in at two desks that could not see each other, the earlier counts as the arrival (double entries: %1). Edits: the later one wins, the other is kept in the history. Walk-ins registered twice are flagged (likely duplicates: %2).</source>
        <translation>Объединение: отметки всех стоек сохраняются; если приход гостя отметили на двух стойках, не видевших друг друга, прибытием считается более ранняя (двойные записи: %1). Изменения: действует более позднее, другое остаётся в истории. Гости без заявки, записанные дважды, помечаются (вероятные дубликаты: %2).</translation>
    </message>
    <message>
        <source>%1: arrived %2 at %3, also %4</source>
        <translation>%1: прибытие %2 (%3), также %4</translation>
    </message>
    <message numerus="yes">
        <source>Refused from other desks (not applied, the rest went on): %n record(s)</source>
        <translation>
            <numerusform>Отклонено от других стоек (не применено, остальное продолжилось): %n запись</numerusform>
            <numerusform>Отклонено от других стоек (не применено, остальное продолжилось): %n записи</numerusform>
            <numerusform>Отклонено от других стоек (не применено, остальное продолжилось): %n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, record %2: %3</source>
        <translation>%1, запись %2: %3</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to</source>
        <translation>Экспорт в файл</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>All programme items</source>
        <translation>Все пункты программы</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Что:</translation>
    </message>
    <message>
        <source>Programme item:</source>
        <translation>Пункт программы:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Attendance – Excel workbook (.xlsx)</source>
        <translation>Посещаемость – книга Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Attendance – CSV (comma)</source>
        <translation>Посещаемость – CSV (запятая)</translation>
    </message>
    <message>
        <source>Attendance – CSV for German Excel (semicolon)</source>
        <translation>Посещаемость – CSV для немецкого Excel (точка с запятой)</translation>
    </message>
    <message>
        <source>Attendance report (PDF)</source>
        <translation>Отчёт о посещаемости (PDF)</translation>
    </message>
    <message>
        <source>Door list to print (PDF)</source>
        <translation>Список для входа, для печати (PDF)</translation>
    </message>
    <message>
        <source>Full check-in log (CSV)</source>
        <translation>Полный журнал отметок (CSV)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Выберите файл для экспорта.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Не экспортировано: %1</translation>
    </message>
</context>
<context>
    <name>FloorPlanView</name>
    <message>
        <source>Entrance</source>
        <translation>Вход</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <source>Guest: %1</source>
        <translation>Гость: %1</translation>
    </message>
    <message>
        <source>e.g. de, ru – empty: the guest's language</source>
        <translation>например, de, ru – пусто: язык гостя</translation>
    </message>
    <message>
        <source>Languages &amp;spoken</source>
        <translation>Языки &amp;общения</translation>
    </message>
    <message>
        <source>Agrees to share contact &amp;details</source>
        <translation>Согласие на передачу &amp;контактных данных</translation>
    </message>
    <message>
        <source>Registration &amp;cancelled</source>
        <translation>Заявка &amp;отменена</translation>
    </message>
</context>
<context>
    <name>GuestDisplay</name>
    <message>
        <source>Guest display</source>
        <translation>Экран для гостей</translation>
    </message>
</context>
<context>
    <name>GuestForm</name>
    <message>
        <source>Salutation</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Фамилия</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Организация</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Категория</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Стол</translation>
    </message>
    <message>
        <source>&amp;Notes for staff</source>
        <translation>&amp;Заметки для персонала</translation>
    </message>
    <message>
        <source>– none –</source>
        <translation>– нет –</translation>
    </message>
</context>
<context>
    <name>GuestListView</name>
    <message>
        <source>Filter by name, organisation, e-mail</source>
        <translation>Фильтр по имени, организации, e-mail</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>На месте</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Выход отмечен</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Участие отменено</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>&amp;Отметить приход</translation>
    </message>
    <message>
        <source>Check &amp;out</source>
        <translation>Отметить &amp;уход</translation>
    </message>
    <message>
        <source>&amp;Undo last action</source>
        <translation>&amp;Отменить последнее действие</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <source>Guest list</source>
        <translation>Список гостей</translation>
    </message>
</context>
<context>
    <name>GuestTableModel</name>
    <message>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Стол</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Badge printed</source>
        <translation>Бейдж напечатан</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>ожидается</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>на месте</translation>
    </message>
    <message>
        <source>checked out</source>
        <translation>выход отмечен</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message numerus="yes">
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n гость</numerusform>
            <numerusform>%n гостя</numerusform>
            <numerusform>%n гостей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import guest list – %1</source>
        <translation>Импорт списка гостей – %1</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>%1: %2 rows (%3), column names in row %4.</source>
        <translation>%1: строк – %2 (%3), названия столбцов в строке %4.</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Первое значение</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Импортировать как</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Preview: the first %1 rows as guests</source>
        <translation>Предпросмотр: первые строки как гости (%1)</translation>
    </message>
    <message>
        <source>Check the list first: the report says what the import would do.</source>
        <translation>Сначала проверьте список: отчёт покажет, что сделает импорт.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>No column is imported as a name: choose one (given, family or full name).</source>
        <translation>Ни один столбец не импортируется как имя: выберите столбец (имя, фамилия или полное имя).</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
</context>
<context>
    <name>ItemFiguresModel</name>
    <message>
        <source>Programme item</source>
        <translation>Пункт программы</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Пришли</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Присутствуют</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Ушли</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Не пришли</translation>
    </message>
    <message>
        <source>Not arrived yet</source>
        <translation>Ещё не пришли</translation>
    </message>
</context>
<context>
    <name>JobModel</name>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Бейдж</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Этикетки</translation>
    </message>
    <message>
        <source>printer offline</source>
        <translation>принтер недоступен</translation>
    </message>
    <message>
        <source>out of labels</source>
        <translation>этикетки закончились</translation>
    </message>
    <message>
        <source>driver error</source>
        <translation>ошибка драйвера</translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation>ожидание: %1</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>в очереди</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>печатается</translation>
    </message>
    <message>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>ошибка: %1</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join an event from another desk</source>
        <translation>Подключиться к мероприятию другой стойки</translation>
    </message>
    <message>
        <source>Scan the QR code or type the CJ1 … line</source>
        <translation>Отсканируйте QR-код или введите строку CJ1 …</translation>
    </message>
    <message>
        <source>e.g. Desk 2</source>
        <translation>например, Стойка 2</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <source>Join code:</source>
        <translation>Код подключения:</translation>
    </message>
    <message>
        <source>Name of this desk:</source>
        <translation>Название этой стойки:</translation>
    </message>
    <message>
        <source>Save the event as:</source>
        <translation>Сохранить мероприятие как:</translation>
    </message>
    <message>
        <source>Save the event as</source>
        <translation>Сохранить мероприятие как</translation>
    </message>
    <message>
        <source>Event files (*.checkin)</source>
        <translation>Файлы мероприятий (*.checkin)</translation>
    </message>
    <message>
        <source>Choose where to save the event on this desk.</source>
        <translation>Выберите, где сохранить мероприятие на этой стойке.</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file name.</source>
        <translation>%1 уже существует: выберите другое имя файла.</translation>
    </message>
    <message>
        <source>Waiting for the other desk… (it must be running and on the same network)</source>
        <translation>Ожидание другой стойки… (она должна быть запущена и находиться в той же сети)</translation>
    </message>
    <message>
        <source>Joined “%1”.</source>
        <translation>Подключено к «%1».</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Self check-in</source>
        <translation>Самостоятельная отметка</translation>
    </message>
    <message>
        <source>Please hold your badge under the scanner.</source>
        <translation>Пожалуйста, поднесите бейдж к сканеру.</translation>
    </message>
</context>
<context>
    <name>LocalisedFields</name>
    <message>
        <source>For readers of another language</source>
        <translation>Для читателей на другом языке</translation>
    </message>
    <message>
        <source>as given</source>
        <translation>как указано</translation>
    </message>
    <message>
        <source>Badges, the guest display, schedules and host sheets show these to readers of that language; an empty field shows the given one.</source>
        <translation>Бейджи, экран для гостей, планы встреч и списки столов показывают эти тексты читателям на этом языке; пустое поле – значит, показывается указанный текст.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Guests</source>
        <translation>&amp;Гости</translation>
    </message>
    <message>
        <source>&amp;Tables</source>
        <translation>С&amp;толы</translation>
    </message>
    <message>
        <source>&amp;Badges</source>
        <translation>&amp;Бейджи</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <source>&amp;Desks</source>
        <translation>&amp;Стойки</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>&amp;Администрирование</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Сп&amp;равка</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>Стойка: %1</translation>
    </message>
    <message>
        <source>&amp;Scan badges</source>
        <translation>&amp;Сканировать бейджи</translation>
    </message>
    <message>
        <source>“%1” needs admin mode: Admin ▸ Unlock admin mode… (PIN).</source>
        <translation>«%1» доступно в режиме администратора: Администрирование ▸ Войти в режим администратора… (PIN).</translation>
    </message>
    <message>
        <source>&amp;Find by name…</source>
        <translation>&amp;Найти по имени…</translation>
    </message>
    <message>
        <source>&amp;Walk-in guest…</source>
        <translation>Гость &amp;без заявки…</translation>
    </message>
    <message>
        <source>Guest &amp;list</source>
        <translation>С&amp;писок гостей</translation>
    </message>
    <message>
        <source>&amp;Undo last check-in</source>
        <translation>&amp;Отменить последнюю отметку</translation>
    </message>
    <message>
        <source>Choose &amp;programme item</source>
        <translation>Выбрать &amp;пункт программы</translation>
    </message>
    <message>
        <source>&amp;Guest display</source>
        <translation>&amp;Экран для гостей</translation>
    </message>
    <message>
        <source>&amp;Sounds on refusals</source>
        <translation>&amp;Звук при отказе</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>checkin – %1</source>
        <translation>checkin – %1</translation>
    </message>
</context>
<context>
    <name>MirroredPreview</name>
    <message>
        <source>Hold the code inside the frame</source>
        <translation>Держите код внутри рамки</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <source>New event file</source>
        <translation>Новый файл мероприятия</translation>
    </message>
    <message>
        <source>Event files (*.checkin)</source>
        <translation>Файлы мероприятий (*.checkin)</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Первый день:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>П&amp;оследний день:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Языки:</translation>
    </message>
    <message>
        <source>Event &amp;file:</source>
        <translation>&amp;Файл мероприятия:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>Give the event a name.</source>
        <translation>Дайте мероприятию название.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
</context>
<context>
    <name>PlaceText</name>
    <message>
        <source>No table assigned</source>
        <translation>Стол не назначен</translation>
    </message>
    <message>
        <source>Round %1 (now): table %2</source>
        <translation>Раунд %1 (сейчас): стол %2</translation>
    </message>
    <message>
        <source>Round %1 (from %3): table %2</source>
        <translation>Раунд %1 (с %3): стол %2</translation>
    </message>
    <message>
        <source>Round %1 (next): table %2</source>
        <translation>Раунд %1 (следующий): стол %2</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Стол %1</translation>
    </message>
    <message>
        <source>table %2 (round %1, now)</source>
        <translation>стол %2 (раунд %1, сейчас)</translation>
    </message>
    <message>
        <source>table %2 (round %1, next)</source>
        <translation>стол %2 (раунд %1, следующий)</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>стол %1</translation>
    </message>
    <message>
        <source>(round %1, now)</source>
        <translation>(раунд %1, сейчас)</translation>
    </message>
    <message>
        <source>(round %1, next)</source>
        <translation>(раунд %1, следующий)</translation>
    </message>
    <message>
        <source>round %1: table %2</source>
        <translation>раунд %1: стол %2</translation>
    </message>
    <message>
        <source>then %1</source>
        <translation>затем %1</translation>
    </message>
</context>
<context>
    <name>PretixDialog</name>
    <message>
        <source>pretix</source>
        <translation>pretix</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Подключить</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Адрес сервера:</translation>
    </message>
    <message>
        <source>Organizer (short name):</source>
        <translation>Организатор (краткое имя):</translation>
    </message>
    <message>
        <source>Event (short name):</source>
        <translation>Мероприятие (краткое имя):</translation>
    </message>
    <message>
        <source>API token:</source>
        <translation>API-токен:</translation>
    </message>
    <message>
        <source>Check-in list:</source>
        <translation>Список регистрации:</translation>
    </message>
    <message>
        <source>Programme item:</source>
        <translation>Пункт программы:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>&amp;Pull attendees</source>
        <translation>&amp;Загрузить участников</translation>
    </message>
    <message>
        <source>P&amp;ush check-ins</source>
        <translation>&amp;Передать отметки</translation>
    </message>
    <message>
        <source>Guest category of each product (double-click to change)</source>
        <translation>Категория гостя для каждого продукта (двойной щелчок — изменить)</translation>
    </message>
    <message>
        <source>kept on this computer only</source>
        <translation>хранится только на этом компьютере</translation>
    </message>
    <message>
        <source>on this computer – leave empty to keep it</source>
        <translation>есть на этом компьютере – оставьте пустым, чтобы сохранить</translation>
    </message>
    <message>
        <source>Not connected to pretix yet.</source>
        <translation>Ещё не подключено к pretix.</translation>
    </message>
    <message>
        <source>Connected to %1 – event %2, check-in list %3, for the programme item %4.</source>
        <translation>Подключено к %1 – мероприятие %2, список регистрации %3, для пункта программы %4.</translation>
    </message>
    <message>
        <source>The API token is not on this computer: connect here to pull and push.</source>
        <translation>API-токена нет на этом компьютере: подключитесь здесь, чтобы загружать и передавать.</translation>
    </message>
    <message>
        <source>Last pull: %1 – tickets: %2.</source>
        <translation>Последняя загрузка: %1 – билетов: %2.</translation>
    </message>
    <message>
        <source>Not pulled yet.</source>
        <translation>Ещё не загружено.</translation>
    </message>
    <message>
        <source>Check-ins and check-outs waiting to be pushed: %1.</source>
        <translation>Отметок входа и выхода ждут передачи: %1.</translation>
    </message>
    <message>
        <source>To annul: %1.</source>
        <translation>Отменить: %1.</translation>
    </message>
    <message>
        <source>In pretix: %1.</source>
        <translation>В pretix: %1.</translation>
    </message>
    <message>
        <source>Last push: %1.</source>
        <translation>Последняя передача: %1.</translation>
    </message>
    <message>
        <source>Refused by pretix: %1.</source>
        <translation>Отклонено pretix: %1.</translation>
    </message>
    <message>
        <source>Walk-ins, not in pretix: %1.</source>
        <translation>Гости без заявки, которых нет в pretix: %1.</translation>
    </message>
    <message>
        <source>server address</source>
        <translation>адрес сервера</translation>
    </message>
    <message>
        <source>organizer</source>
        <translation>организатор</translation>
    </message>
    <message>
        <source>event</source>
        <translation>мероприятие</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-токен</translation>
    </message>
    <message>
        <source>Please fill in: %1.</source>
        <translation>Пожалуйста, заполните: %1.</translation>
    </message>
    <message>
        <source>The event has several check-in lists: choose one, then Connect.</source>
        <translation>У мероприятия несколько списков регистрации: выберите один и нажмите «Подключить».</translation>
    </message>
    <message>
        <source>Connected: %1 – tickets on the list: %2. Next: Pull attendees.</source>
        <translation>Подключено: %1 – билетов в списке: %2. Далее: загрузите участников.</translation>
    </message>
    <message>
        <source>Pulled – added: %1, updated: %2, cancelled: %3, restored: %4 (orders read: %5).</source>
        <translation>Загружено – добавлено: %1, изменено: %2, отменено: %3, восстановлено: %4 (прочитано заказов: %5).</translation>
    </message>
    <message>
        <source>Pushed to pretix – check-ins: %1, annulled: %2, refused: %3.</source>
        <translation>Передано в pretix – отметок: %1, отменено: %2, отклонено: %3.</translation>
    </message>
    <message>
        <source>Category saved; guests changed with their product: %1.</source>
        <translation>Категория сохранена; гостей изменено вместе с продуктом: %1.</translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <source>Print queue</source>
        <translation>Очередь печати</translation>
    </message>
    <message>
        <source>Another printer (R)</source>
        <translation>Другой принтер (R)</translation>
    </message>
    <message>
        <source>Cancel job (Del)</source>
        <translation>Отменить задание (Del)</translation>
    </message>
    <message>
        <source>Printers of this desk</source>
        <translation>Принтеры этой стойки</translation>
    </message>
    <message>
        <source>Add to pool</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>не учитывается</translation>
    </message>
    <message>
        <source> labels left</source>
        <translation> этикеток осталось</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Few labels left – put in a new roll</source>
        <translation>Этикетки заканчиваются – вставьте новый рулон</translation>
    </message>
</context>
<context>
    <name>ProductsModel</name>
    <message>
        <source>pretix product</source>
        <translation>Продукт pretix</translation>
    </message>
    <message>
        <source>Guest category</source>
        <translation>Категория гостя</translation>
    </message>
    <message>
        <source>(guessed)</source>
        <translation>(предположительно)</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>Programme items</source>
        <translation>Пункты программы</translation>
    </message>
    <message>
        <source>&amp;New programme item…</source>
        <translation>&amp;Новый пункт программы…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>“%1” added.</source>
        <translation>«%1» добавлен.</translation>
    </message>
    <message>
        <source>“%1” saved.</source>
        <translation>«%1» сохранён.</translation>
    </message>
    <message>
        <source>Import programme items</source>
        <translation>Импорт пунктов программы</translation>
    </message>
    <message>
        <source>Programme lists (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Списки программы (*.csv *.tsv *.txt *.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 programme items added, %2 updated.</source>
        <translation>Пунктов программы добавлено: %1, обновлено: %2.</translation>
    </message>
</context>
<context>
    <name>ProgrammeItemDialog</name>
    <message>
        <source>Edit programme item</source>
        <translation>Изменить пункт программы</translation>
    </message>
    <message>
        <source>New programme item</source>
        <translation>Новый пункт программы</translation>
    </message>
    <message>
        <source>Open to &amp;all guests (else: registered guests only)</source>
        <translation>Для &amp;всех гостей (иначе только для гостей с заявкой)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Конец:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message>
        <source>Programme item</source>
        <translation>Пункт программы</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Конец</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Для кого</translation>
    </message>
    <message>
        <source>all guests</source>
        <translation>все гости</translation>
    </message>
    <message>
        <source>registered guests</source>
        <translation>гости с заявкой</translation>
    </message>
</context>
<context>
    <name>PropertyPanel</name>
    <message>
        <source>Place (mm)</source>
        <translation>Положение (мм)</translation>
    </message>
    <message>
        <source>e.g. logo</source>
        <translation>напр. logo</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Left, top:</source>
        <translation>Слева, сверху:</translation>
    </message>
    <message>
        <source>Width, height:</source>
        <translation>Ширина, высота:</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Жирный</translation>
    </message>
    <message>
        <source>Category colour</source>
        <translation>Цвет категории</translation>
    </message>
    <message>
        <source>Capitals</source>
        <translation>Прописные</translation>
    </message>
    <message>
        <source>Abbreviate legal forms first</source>
        <translation>Сначала сокращать правовую форму</translation>
    </message>
    <message>
        <source>Same size on a whole sheet</source>
        <translation>Один размер на всём листе</translation>
    </message>
    <message>
        <source>Type grows with larger badges</source>
        <translation>Шрифт растёт с размером бейджа</translation>
    </message>
    <message>
        <source>Shows:</source>
        <translation>Показывает:</translation>
    </message>
    <message>
        <source>Text (%1):</source>
        <translation>Текст (%1):</translation>
    </message>
    <message>
        <source>Font:</source>
        <translation>Шрифт:</translation>
    </message>
    <message>
        <source>Size, smallest:</source>
        <translation>Размер, наименьший:</translation>
    </message>
    <message>
        <source>Lines at most:</source>
        <translation>Не более строк:</translation>
    </message>
    <message>
        <source>Share of the height:</source>
        <translation>Доля высоты:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Цвет:</translation>
    </message>
    <message>
        <source>Alignment:</source>
        <translation>Выравнивание:</translation>
    </message>
    <message>
        <source>Vertical:</source>
        <translation>По вертикали:</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>Выбрать картинку…</translation>
    </message>
    <message>
        <source>White square behind the code (on artwork)</source>
        <translation>Белый квадрат под кодом (на фоне)</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>Картинка:</translation>
    </message>
    <message>
        <source>Fit:</source>
        <translation>Вписать:</translation>
    </message>
    <message>
        <source>PDF page:</source>
        <translation>Страница PDF:</translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation>Фигура:</translation>
    </message>
    <message>
        <source>Fill:</source>
        <translation>Заливка:</translation>
    </message>
    <message>
        <source>Outline:</source>
        <translation>Контур:</translation>
    </message>
    <message>
        <source>Outline width:</source>
        <translation>Толщина контура:</translation>
    </message>
</context>
<context>
    <name>ReissueDialog</name>
    <message>
        <source>New badge for %1</source>
        <translation>Новый бейдж для гостя %1</translation>
    </message>
    <message>
        <source>Lost – the old badge must not let anyone in</source>
        <translation>Утерян – по старому бейджу никого не пропускать</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Повреждён</translation>
    </message>
    <message>
        <source>Misprinted (a typo)</source>
        <translation>Напечатан с ошибкой (опечатка)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>&amp;Void old badge</source>
        <translation>&amp;Аннулировать старый бейдж</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <source>Print badge now (F8)</source>
        <translation>Напечатать бейдж (F8)</translation>
    </message>
    <message>
        <source>It was printed (F9)</source>
        <translation>Напечатан (F9)</translation>
    </message>
</context>
<context>
    <name>RoundsView</name>
    <message>
        <source>Save host sheets</source>
        <translation>Сохранить листы для ведущих</translation>
    </message>
    <message>
        <source>Meeting rounds – %1</source>
        <translation>Раунды встреч – %1</translation>
    </message>
    <message>
        <source>Plan automatically</source>
        <translation>Спланировать автоматически</translation>
    </message>
    <message>
        <source>Host sheets…</source>
        <translation>Листы для ведущих…</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Стол</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>Раунд:</translation>
    </message>
    <message>
        <source>Rounds:</source>
        <translation>Раунды:</translation>
    </message>
    <message>
        <source>%1 host sheets written to %2</source>
        <translation>Листов для ведущих: %1, записано в %2</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Раунд %1</translation>
    </message>
    <message>
        <source>No rounds yet: choose how many and plan them.</source>
        <translation>Раундов пока нет: выберите количество и спланируйте их.</translation>
    </message>
    <message>
        <source>needed – none free</source>
        <translation>нужен – нет свободных</translation>
    </message>
    <message>
        <source>%1 people at %2 tables.</source>
        <translation>Участников: %1, столов: %2.</translation>
    </message>
    <message>
        <source>Open interpreter needs: tables %1</source>
        <translation>Нужен переводчик: столы %1</translation>
    </message>
</context>
<context>
    <name>ScanView</name>
    <message>
        <source>Scan a badge – or type its code and press Enter</source>
        <translation>Отсканируйте бейдж – или введите код и нажмите Enter</translation>
    </message>
    <message>
        <source>Scanner keyboard layout repaired (%1).</source>
        <translation>Раскладка клавиатуры сканера исправлена (%1).</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>already checked in</source>
        <translation>приход уже отмечен</translation>
    </message>
    <message>
        <source>checked out</source>
        <translation>выход отмечен</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Name, organisation or e-mail – any spelling, Latin or Cyrillic</source>
        <translation>Имя, организация или e-mail – любое написание, латиница или кириллица</translation>
    </message>
    <message>
        <source>↑ ↓ choose · Enter: check in · Esc: back to scanning</source>
        <translation>↑ ↓ выбор · Enter: отметить приход · Esc: назад к сканированию</translation>
    </message>
    <message>
        <source>Register as a walk-in (F4)</source>
        <translation>Записать как гостя без заявки (F4)</translation>
    </message>
    <message>
        <source>No guest found for “%1”.</source>
        <translation>Гость «%1» не найден.</translation>
    </message>
</context>
<context>
    <name>SeatingModel</name>
    <message>
        <source>Table / guest</source>
        <translation>Стол / гость</translation>
    </message>
    <message>
        <source>Organisation / host</source>
        <translation>Фирма / ведущий</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Seats / locked</source>
        <translation>Мест / фикс.</translation>
    </message>
    <message>
        <source>Not seated</source>
        <translation>Без места</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Стол %1</translation>
    </message>
    <message>
        <source>Over capacity: %1 guests for %2 seats.</source>
        <translation>Переполнен: гостей %1 на %2 мест.</translation>
    </message>
    <message>
        <source>Visitor (delegation)</source>
        <translation>Гость (делегация)</translation>
    </message>
</context>
<context>
    <name>SeatingView</name>
    <message>
        <source>Seating</source>
        <translation>Рассадка</translation>
    </message>
    <message>
        <source>Filter: name, organisation, field…</source>
        <translation>Фильтр: имя, организация, отрасль…</translation>
    </message>
    <message>
        <source>&amp;Seat at table</source>
        <translation>&amp;Посадить за стол</translation>
    </message>
    <message>
        <source>&amp;Remove seat</source>
        <translation>&amp;Убрать место</translation>
    </message>
    <message>
        <source>Seat &amp;automatically…</source>
        <translation>&amp;Автоматическая рассадка…</translation>
    </message>
    <message>
        <source>Tables:</source>
        <translation>Столы:</translation>
    </message>
    <message>
        <source>Not seated</source>
        <translation>Без места</translation>
    </message>
    <message>
        <source>Tables (drag guests onto a table)</source>
        <translation>Столы (перетащите гостей на стол)</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Список</translation>
    </message>
    <message>
        <source>&amp;Floor plan</source>
        <translation>&amp;План зала</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>Все столы</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>Переполнен</translation>
    </message>
    <message>
        <source>With free seats</source>
        <translation>Со свободными местами</translation>
    </message>
    <message>
        <source>%1 guests seated, %2 without a seat; %3 seats at %4 tables.</source>
        <translation>Рассажено гостей: %1, без места: %2; мест: %3, столов: %4.</translation>
    </message>
    <message>
        <source>Over capacity: table %1.</source>
        <translation>Переполнен: стол %1.</translation>
    </message>
    <message>
        <source>Select one or more guests first.</source>
        <translation>Сначала выберите одного или нескольких гостей.</translation>
    </message>
    <message>
        <source>Automatic seating: %1 guests changed table.</source>
        <translation>Автоматическая рассадка: гостей пересажено: %1.</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>checkin – start</source>
        <translation>checkin – начало</translation>
    </message>
    <message>
        <source>The check-in desk for your event: one file per event, no internet needed.</source>
        <translation>Стойка регистрации для вашего мероприятия: один файл на мероприятие, интернет не нужен.</translation>
    </message>
    <message>
        <source>New event… (Ctrl+N)</source>
        <translation>Новое мероприятие… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open event… (Ctrl+O)</source>
        <translation>Открыть мероприятие… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Try the demo event</source>
        <translation>Попробовать демо-мероприятие</translation>
    </message>
    <message>
        <source>Recent events (Enter opens):</source>
        <translation>Недавние мероприятия (Enter – открыть):</translation>
    </message>
    <message>
        <source>No events yet: create a new one, or look around in the demo event first.</source>
        <translation>Мероприятий пока нет: создайте новое или сначала посмотрите демо-мероприятие.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Стол</translation>
    </message>
    <message>
        <source>no table</source>
        <translation>без стола</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>no organisation</source>
        <translation>без организации</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>По категориям</translation>
    </message>
    <message>
        <source>By table</source>
        <translation>По столам</translation>
    </message>
    <message>
        <source>By organisation</source>
        <translation>По организациям</translation>
    </message>
    <message>
        <source>%1 guests expected, %2 checked in at one programme item or more.</source>
        <translation>Ожидается гостей: %1; отмечены хотя бы на одном пункте программы: %2.</translation>
    </message>
</context>
<context>
    <name>SubstituteDialog</name>
    <message>
        <source>Substitute for %1</source>
        <translation>Замена для гостя %1</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;Hand over the registration</source>
        <translation>&amp;Передать заявку</translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <source>Edit table</source>
        <translation>Изменить стол</translation>
    </message>
    <message>
        <source>New table</source>
        <translation>Новый стол</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Theme (field):</source>
        <translation>&amp;Тема (отрасль):</translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation>&amp;Мест:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Ведущий:</translation>
    </message>
    <message>
        <source>Position (x, y):</source>
        <translation>Положение (x, y):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>TablesDialog</name>
    <message>
        <source>Tables</source>
        <translation>Столы</translation>
    </message>
    <message>
        <source>&amp;New table…</source>
        <translation>&amp;Новый стол…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Table %1 added.</source>
        <translation>Стол %1 добавлен.</translation>
    </message>
    <message>
        <source>Table %1 saved.</source>
        <translation>Стол %1 сохранён.</translation>
    </message>
    <message>
        <source>Delete table</source>
        <translation>Удалить стол</translation>
    </message>
    <message>
        <source>%1 guests sit at table %2. Delete it and leave them without a seat?</source>
        <translation>За столом %2 сидят гости (%1). Удалить стол и оставить их без места?</translation>
    </message>
    <message>
        <source>Table %1 deleted.</source>
        <translation>Стол %1 удалён.</translation>
    </message>
    <message>
        <source>Import tables</source>
        <translation>Импорт столов</translation>
    </message>
    <message>
        <source>Table lists (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Списки столов (*.csv *.tsv *.txt *.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 tables added, %2 updated.</source>
        <translation>Столов добавлено: %1, обновлено: %2.</translation>
    </message>
</context>
<context>
    <name>TablesModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Мест</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Занято</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Ведущий</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Walk-in guest</source>
        <translation>Гость без заявки</translation>
    </message>
    <message>
        <source>Has only &amp;one name</source>
        <translation>Только &amp;одно имя</translation>
    </message>
    <message>
        <source>Check &amp;in now</source>
        <translation>Сразу &amp;отметить приход</translation>
    </message>
    <message>
        <source>&amp;Print the badge now</source>
        <translation>Сразу &amp;напечатать бейдж</translation>
    </message>
    <message>
        <source>Already registered? Enter checks in the guest selected here (↑ ↓ choose).</source>
        <translation>Уже есть в списке? Enter отмечает приход выбранного здесь гостя (↑ ↓ выбор).</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Записать</translation>
    </message>
    <message>
        <source>Check in the selected guest</source>
        <translation>Отметить приход выбранного гостя</translation>
    </message>
    <message>
        <source>Register as a &amp;new guest anyway</source>
        <translation>Всё равно записать как &amp;нового гостя</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>&amp;About checkin…</source>
        <translation>&amp;О программе checkin…</translation>
    </message>
</context>
<context>
    <name>admin</name>
    <message>
        <source>The admin PIN of this event was removed outside checkin (with another program). The audit trail records it. Set a new PIN now.</source>
        <translation>PIN администратора этого мероприятия был удалён вне checkin (другой программой). Это записано в журнале. Задайте новый PIN.</translation>
    </message>
    <message>
        <source>Admin mode</source>
        <translation>Режим администратора</translation>
    </message>
    <message>
        <source>Admin PIN:</source>
        <translation>PIN администратора:</translation>
    </message>
    <message>
        <source>Wrong admin PIN.</source>
        <translation>Неверный PIN администратора.</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>PIN администратора</translation>
    </message>
    <message>
        <source>Current admin PIN:</source>
        <translation>Текущий PIN администратора:</translation>
    </message>
    <message>
        <source>This event has no admin PIN yet. Choose one (at least %1 characters):</source>
        <translation>У этого мероприятия ещё нет PIN администратора. Задайте его (не менее %1 символов):</translation>
    </message>
    <message>
        <source>New admin PIN:</source>
        <translation>Новый PIN администратора:</translation>
    </message>
    <message>
        <source>The new admin PIN again:</source>
        <translation>Повторите новый PIN:</translation>
    </message>
    <message>
        <source>The two PINs do not match.</source>
        <translation>PIN-коды не совпадают.</translation>
    </message>
    <message>
        <source>&amp;Unlock admin mode…</source>
        <translation>&amp;Войти в режим администратора…</translation>
    </message>
    <message>
        <source>&amp;Lock admin mode</source>
        <translation>В&amp;ыйти из режима администратора</translation>
    </message>
    <message>
        <source>Set admin &amp;PIN…</source>
        <translation>Задать &amp;PIN администратора…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Создать резервную копию</translation>
    </message>
    <message>
        <source>Backup &amp;folder…</source>
        <translation>&amp;Папка для копий…</translation>
    </message>
    <message>
        <source>&amp;Show backups</source>
        <translation>Показать &amp;резервные копии</translation>
    </message>
    <message>
        <source>&amp;Kiosk mode (self check-in)…</source>
        <translation>Режим &amp;киоска (самостоятельная отметка)…</translation>
    </message>
    <message>
        <source>Admin mode on</source>
        <translation>Режим администратора</translation>
    </message>
    <message>
        <source>Admin mode on.</source>
        <translation>Режим администратора включён.</translation>
    </message>
    <message>
        <source>Admin mode off.</source>
        <translation>Режим администратора выключен.</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Резервное копирование не удалось: %1</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Резервная копия записана: %1</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Папка для резервных копий</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Выйти из режима киоска</translation>
    </message>
    <message>
        <source>The event file is gone – check-ins are NOT saved</source>
        <translation>Файл мероприятия исчез – отметки НЕ сохраняются</translation>
    </message>
</context>
<context>
    <name>badge_lifecycle</name>
    <message>
        <source>Choose a guest first: scan the badge or select them in the list (F5).</source>
        <translation>Сначала выберите гостя: отсканируйте бейдж или выберите его в списке (F5).</translation>
    </message>
    <message>
        <source>The old badge of %1 is void now.</source>
        <translation>Старый бейдж гостя %1 теперь недействителен.</translation>
    </message>
    <message>
        <source>&amp;New badge (lost, damaged, misprinted)…</source>
        <translation>&amp;Новый бейдж (утерян, повреждён, с ошибкой)…</translation>
    </message>
    <message>
        <source>Su&amp;bstitute (a colleague comes instead)…</source>
        <translation>&amp;Замена (вместо гостя приходит коллега)…</translation>
    </message>
</context>
<context>
    <name>camera</name>
    <message>
        <source>&amp;Camera scanning</source>
        <translation>Сканирование &amp;камерой</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>{path}: no such event file.</source>
        <translation>{path}: такого файла мероприятия нет.</translation>
    </message>
    <message>
        <source>{path}: a file with this name already exists.</source>
        <translation>{path}: файл с таким именем уже существует.</translation>
    </message>
    <message>
        <source>{path}: this is not a checkin event file.</source>
        <translation>{path}: это не файл мероприятия checkin.</translation>
    </message>
    <message>
        <source>{path}: the event file is damaged ({detail}).</source>
        <translation>{path}: файл мероприятия повреждён ({detail}).</translation>
    </message>
    <message>
        <source>{path}: this event file was made by a newer version of checkin (file format {found}, this version reads up to {supported}). Please update checkin.</source>
        <translation>{path}: этот файл мероприятия создан более новой версией checkin (формат файла {found}, эта версия читает до {supported}). Обновите checkin.</translation>
    </message>
    <message>
        <source>{path}: the event file cannot be written (read-only medium or no permission).</source>
        <translation>{path}: в файл мероприятия нельзя записать (носитель только для чтения или нет прав).</translation>
    </message>
    <message>
        <source>There is no guest with id {guest_id}.</source>
        <translation>Гостя с ID {guest_id} нет.</translation>
    </message>
    <message>
        <source>No guest has the badge code, uid or id {text!r}.</source>
        <translation>Ни у одного гостя нет кода бейджа, UID или номера {text!r}.</translation>
    </message>
    <message>
        <source>There is no table {table}.</source>
        <translation>Стола {table} нет.</translation>
    </message>
    <message>
        <source>There is no programme item {item}.</source>
        <translation>Пункта программы {item} нет.</translation>
    </message>
    <message>
        <source>This event has no programme items yet.</source>
        <translation>У этого мероприятия ещё нет пунктов программы.</translation>
    </message>
    <message>
        <source>Guest {guest_id} has check-ins and cannot be deleted; cancel the registration instead.</source>
        <translation>У гостя {guest_id} есть отметки прихода, его нельзя удалить; вместо этого отмените заявку.</translation>
    </message>
    <message>
        <source>A guest needs a given name or a family name.</source>
        <translation>У гостя должно быть имя или фамилия.</translation>
    </message>
    <message>
        <source>Enter the family name – or tick “Has only one name”.</source>
        <translation>Введите фамилию – или отметьте «Только одно имя».</translation>
    </message>
    <message>
        <source>Unknown guest field: {field}.</source>
        <translation>Неизвестное поле гостя: {field}.</translation>
    </message>
    <message>
        <source>Invalid value for {field}: {value!r}.</source>
        <translation>Недопустимое значение для {field}: {value!r}.</translation>
    </message>
    <message>
        <source>There is nothing to undo for {guest} at {item}.</source>
        <translation>Для гостя {guest} на пункте «{item}» нечего отменять.</translation>
    </message>
    <message>
        <source>{guest} is not checked in at {item}.</source>
        <translation>{guest}: нет отметки прихода на пункте «{item}».</translation>
    </message>
    <message>
        <source>The code {code} already checks in {guest}; a code belongs to one guest.</source>
        <translation>Код {code} уже отмечает гостя {guest}; код принадлежит одному гостю.</translation>
    </message>
    <message>
        <source>A table with number {number} already exists.</source>
        <translation>Стол с номером {number} уже существует.</translation>
    </message>
    <message>
        <source>Syncthing did not start (its files are in {home}).</source>
        <translation>Syncthing не запустился (его файлы в {home}).</translation>
    </message>
    <message>
        <source>Syncthing refused {path}: {detail}</source>
        <translation>Syncthing отклонил {path}: {detail}</translation>
    </message>
    <message>
        <source>This is not a valid join code: {detail}</source>
        <translation>Это недействительный код подключения: {detail}</translation>
    </message>
    <message>
        <source>No data arrived from the other desk within {seconds} s: is it syncing and on the same network, and is the join code the one it shows now?</source>
        <translation>За {seconds} с от другой стойки не пришло данных: она синхронизируется, находится в той же сети, и это код подключения, который она показывает сейчас?</translation>
    </message>
    <message>
        <source>This desk was removed from the event: the other desks no longer accept it or the join code it used. An admin can give a new join code.</source>
        <translation>Эта стойка удалена из мероприятия: другие стойки больше не принимают ни её, ни её код подключения. Администратор может выдать новый код подключения.</translation>
    </message>
    <message>
        <source>This join code was already used by another desk: ask for a new one.</source>
        <translation>Этот код подключения уже использован другой стойкой: попросите новый.</translation>
    </message>
    <message>
        <source>This join code has expired: ask for a new one.</source>
        <translation>Срок действия этого кода подключения истёк: попросите новый.</translation>
    </message>
    <message>
        <source>This join code was withdrawn by an admin: ask for a new one.</source>
        <translation>Этот код подключения отозван администратором: попросите новый.</translation>
    </message>
    <message>
        <source>This desk was removed from the event by another desk; it no longer syncs.</source>
        <translation>Эта стойка удалена из мероприятия другой стойкой; она больше не синхронизируется.</translation>
    </message>
    <message>
        <source>{path}: this event is not shared with other desks yet.</source>
        <translation>{path}: это мероприятие ещё не используется совместно с другими стойками.</translation>
    </message>
    <message>
        <source>Unknown badge layout {layout!r}; known layouts: {known}.</source>
        <translation>Неизвестный макет бейджа {layout!r}; известные макеты: {known}.</translation>
    </message>
    <message>
        <source>Badge layout {layout}: the badges do not fit on the page.</source>
        <translation>Макет бейджа {layout}: бейджи не помещаются на странице.</translation>
    </message>
    <message>
        <source>No guests selected: there are no badges to print.</source>
        <translation>Гости не выбраны: печатать нечего.</translation>
    </message>
    <message>
        <source>{item} has no meeting rounds yet (give the number of rounds).</source>
        <translation>У пункта «{item}» ещё нет раундов встреч (укажите количество раундов).</translation>
    </message>
    <message>
        <source>There is no round {round}.</source>
        <translation>Раунда {round} нет.</translation>
    </message>
    <message>
        <source>Guest {guest_id} is not an interpreter.</source>
        <translation>Гость {guest_id} не переводчик.</translation>
    </message>
    <message>
        <source>Interpreter {guest_id} is already at another table in round {round}.</source>
        <translation>Переводчик {guest_id} в раунде {round} уже за другим столом.</translation>
    </message>
    <message>
        <source>There is no delegation {delegation}.</source>
        <translation>Делегации {delegation} нет.</translation>
    </message>
    <message>
        <source>{path} is open in another checkin ({holder}). Close it there first, or open a copy read-only.</source>
        <translation>{path} открыт в другом checkin ({holder}). Сначала закройте его там или откройте копию только для чтения.</translation>
    </message>
    <message>
        <source>{path}: the event file cannot be reached ({detail}).</source>
        <translation>{path}: файл мероприятия недоступен ({detail}).</translation>
    </message>
    <message>
        <source>{path}: the event file is damaged ({detail}). The last good backup is {backup_path} (from {backup_time}).</source>
        <translation>{path}: файл мероприятия повреждён ({detail}). Последняя исправная резервная копия – {backup_path} (от {backup_time}).</translation>
    </message>
    <message>
        <source>{path}: the event file is damaged ({detail}) and there is no good backup of it.</source>
        <translation>{path}: файл мероприятия повреждён ({detail}), исправной резервной копии нет.</translation>
    </message>
    <message>
        <source>{path}: the disk is full; nothing was saved. Free some space and try again.</source>
        <translation>{path}: диск заполнен; ничего не сохранено. Освободите место и попробуйте снова.</translation>
    </message>
    <message>
        <source>{path}: the event file could not be written ({detail}); nothing was saved.</source>
        <translation>{path}: не удалось записать файл мероприятия ({detail}); ничего не сохранено.</translation>
    </message>
    <message>
        <source>{path}: the event file was deleted, moved or replaced while this desk had it open. Nothing more is saved: check-ins are refused. Close the event and open the right file (or restore a backup).</source>
        <translation>{path}: файл мероприятия удалён, перемещён или заменён, пока эта стойка с ним работала. Больше ничего не сохраняется: отметки не принимаются. Закройте мероприятие и откройте нужный файл (или восстановите резервную копию).</translation>
    </message>
    <message>
        <source>{path}: this event file has {links} names (hard links); two desks could write it under different names and lose check-ins. Copy the file and open the copy.</source>
        <translation>{path}: у этого файла мероприятия несколько имён (жёстких ссылок: {links}); две стойки могли бы записывать его под разными именами и потерять отметки. Скопируйте файл и откройте копию.</translation>
    </message>
    <message>
        <source>{path}: the event file could not be upgraded from file format {found} to {supported} ({detail}). It was left unchanged.</source>
        <translation>{path}: не удалось обновить файл мероприятия с формата {found} до {supported} ({detail}). Файл остался без изменений.</translation>
    </message>
    <message>
        <source>{path}: no such backup.</source>
        <translation>{path}: такой резервной копии нет.</translation>
    </message>
    <message>
        <source>{path}: this backup is damaged ({detail}) and cannot be restored.</source>
        <translation>{path}: эта резервная копия повреждена ({detail}), восстановить её нельзя.</translation>
    </message>
    <message>
        <source>{path} is open in another checkin ({holder}); close it there before restoring.</source>
        <translation>{path} открыт в другом checkin ({holder}); закройте его там перед восстановлением.</translation>
    </message>
    <message>
        <source>The admin PIN needs at least {min} characters.</source>
        <translation>PIN администратора должен содержать не менее {min} символов.</translation>
    </message>
    <message>
        <source>The two PINs do not match.</source>
        <translation>PIN-коды не совпадают.</translation>
    </message>
    <message>
        <source>Wrong admin PIN.</source>
        <translation>Неверный PIN администратора.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: try again in {seconds} seconds.</source>
        <translation>Слишком много неверных PIN: повторите через {seconds} с.</translation>
    </message>
    <message>
        <source>This event has no admin PIN yet.</source>
        <translation>У этого мероприятия ещё нет PIN администратора.</translation>
    </message>
    <message>
        <source>The admin PIN may have at most {max} characters.</source>
        <translation>PIN администратора может содержать не более {max} символов.</translation>
    </message>
    <message>
        <source>The stored admin PIN is unreadable (changed outside checkin); no PIN matches it.</source>
        <translation>Сохранённый PIN администратора не читается (изменён вне checkin); ни один PIN к нему не подходит.</translation>
    </message>
    <message>
        <source>{path} has an admin PIN: give it with --pin, or run the command in a terminal to be asked for it.</source>
        <translation>У {path} есть PIN администратора: укажите его через --pin или запустите команду в терминале, чтобы ввести его.</translation>
    </message>
    <message>
        <source>Removing personal data cannot be undone: confirm it (--yes-delete-personal-data).</source>
        <translation>Удаление персональных данных нельзя отменить: подтвердите его (--yes-delete-personal-data).</translation>
    </message>
    <message>
        <source>{path}: the export could not be written ({detail}).</source>
        <translation>{path}: не удалось записать экспорт ({detail}).</translation>
    </message>
    <message>
        <source>{path}: no such file.</source>
        <translation>{path}: такого файла нет.</translation>
    </message>
    <message>
        <source>{path}: the file cannot be read ({detail}).</source>
        <translation>{path}: файл не читается ({detail}).</translation>
    </message>
    <message>
        <source>{path}: the file is empty.</source>
        <translation>{path}: файл пуст.</translation>
    </message>
    <message>
        <source>{path}: the file has a header row but no guests below it.</source>
        <translation>{path}: в файле есть строка заголовков, но под ней нет гостей.</translation>
    </message>
    <message>
        <source>{path}: this is not a guest list (binary data, neither text nor a workbook).</source>
        <translation>{path}: это не список гостей (двоичные данные, не текст и не книга Excel).</translation>
    </message>
    <message>
        <source>{path}: not a readable Excel workbook (damaged, or another kind of file renamed).</source>
        <translation>{path}: не читаемая книга Excel (повреждена или это переименованный файл другого типа).</translation>
    </message>
    <message>
        <source>{path}: old Excel format (.xls); save it as .xlsx or CSV in Excel and import that.</source>
        <translation>{path}: старый формат Excel (.xls); сохраните файл в Excel как .xlsx или CSV и импортируйте его.</translation>
    </message>
    <message>
        <source>{path}: the file is too large for a guest list ({size} MB; limit {limit} MB).</source>
        <translation>{path}: файл слишком велик для списка гостей ({size} МБ; предел {limit} МБ).</translation>
    </message>
    <message>
        <source>{path}: the file has more than {limit} rows with data; a guest list may have {limit}.</source>
        <translation>{path}: в файле больше {limit} строк с данными; в списке гостей допускается {limit}.</translation>
    </message>
    <message>
        <source>{path}, row {row}: {columns} columns; a guest list may have {limit}.</source>
        <translation>{path}, строка {row}: {columns} столбцов; в списке гостей допускается {limit}.</translation>
    </message>
    <message>
        <source>{path}, row {row}: a cell is longer than {limit} characters: this is not a guest list, or a quote mark is missing.</source>
        <translation>{path}, строка {row}: ячейка длиннее {limit} символов: это не список гостей, или не хватает кавычки.</translation>
    </message>
    <message>
        <source>{path}: the workbook unpacks to {size} MB, more than any guest list (limit {limit} MB); it is damaged or made to exhaust memory.</source>
        <translation>{path}: книга распаковывается в {size} МБ — больше любого списка гостей (предел {limit} МБ); она повреждена или создана, чтобы исчерпать память.</translation>
    </message>
    <message>
        <source>{path}: this is a pipe or a device, not a file; save the guest list as a file.</source>
        <translation>{path}: это канал или устройство, а не файл; сохраните список гостей в файл.</translation>
    </message>
    <message>
        <source>{path}: there is not enough memory to read this file; close other programs or split the list into smaller files.</source>
        <translation>{path}: не хватает памяти, чтобы прочитать этот файл; закройте другие программы или разделите список на файлы поменьше.</translation>
    </message>
    <message>
        <source>{path}, line {line}: the file contains a NUL character, which no text list has: it is damaged or not a guest list.</source>
        <translation>{path}, строка {line}: в файле есть символ NUL, которого не бывает в текстовом списке: файл повреждён или это не список гостей.</translation>
    </message>
    <message>
        <source>{path}: the sheet {sheet!r} is empty.</source>
        <translation>{path}: лист {sheet!r} пуст.</translation>
    </message>
    <message>
        <source>{path}: there is no sheet {sheet!r}; the sheets are: {sheets}.</source>
        <translation>{path}: листа {sheet!r} нет; есть листы: {sheets}.</translation>
    </message>
    <message>
        <source>{path}: no header row with column names was found.</source>
        <translation>{path}: строка с названиями столбцов не найдена.</translation>
    </message>
    <message>
        <source>{path}: no column holds guest names; map one, e.g. --map "Name=name".</source>
        <translation>{path}: ни один столбец не содержит имён гостей; сопоставьте столбец, например --map "Name=name".</translation>
    </message>
    <message>
        <source>The mapping names column {column!r}, which the file does not have.</source>
        <translation>В сопоставлении указан столбец {column!r}, которого нет в файле.</translation>
    </message>
    <message>
        <source>Unknown field {field!r} for column {column!r}; fields: {fields}.</source>
        <translation>Неизвестное поле {field!r} для столбца {column!r}; поля: {fields}.</translation>
    </message>
    <message>
        <source>{path}: the table list cannot be read ({detail}).</source>
        <translation>{path}: список столов не читается ({detail}).</translation>
    </message>
    <message>
        <source>{path}: the file lists no tables.</source>
        <translation>{path}: в файле нет столов.</translation>
    </message>
    <message>
        <source>{path}: no column holds the table number (found: {columns}); name one "Number", "Tisch" or "Номер".</source>
        <translation>{path}: ни один столбец не содержит номер стола (найдены: {columns}); назовите столбец «Number», «Tisch» или «Номер».</translation>
    </message>
    <message>
        <source>{path}, row {row}: the table number is missing.</source>
        <translation>{path}, строка {row}: нет номера стола.</translation>
    </message>
    <message>
        <source>{path}, row {row}, column {column}: {value!r} is not a number.</source>
        <translation>{path}, строка {row}, столбец {column}: {value!r} – не число.</translation>
    </message>
    <message>
        <source>{path}, row {row}: table {number} is listed twice (first in row {first}).</source>
        <translation>{path}, строка {row}: стол {number} указан дважды (впервые в строке {first}).</translation>
    </message>
    <message>
        <source>A programme item needs a name.</source>
        <translation>У пункта программы должно быть название.</translation>
    </message>
    <message>
        <source>{path}: the file lists no programme items.</source>
        <translation>{path}: в файле нет пунктов программы.</translation>
    </message>
    <message>
        <source>{path}: no column holds the item's name (found: {columns}); name one "Name", "Programmpunkt" or "Название".</source>
        <translation>{path}: ни в одном столбце нет названия пункта (найдены: {columns}); назовите столбец «Название», «Name» или «Programmpunkt».</translation>
    </message>
    <message>
        <source>{path}, row {row}: the item's name is missing.</source>
        <translation>{path}, строка {row}: нет названия пункта.</translation>
    </message>
    <message>
        <source>{path}, row {row}, column {column}: {value!r} is not a date and time (write 2027-04-20 09:00 or 20.04.2027 09:00).</source>
        <translation>{path}, строка {row}, столбец {column}: {value!r} – это не дата и время (пишите 20.04.2027 09:00 или 2027-04-20 09:00).</translation>
    </message>
    <message>
        <source>Unknown reason {reason!r} for a new badge; reasons: {reasons}.</source>
        <translation>Неизвестная причина {reason!r} для нового бейджа; причины: {reasons}.</translation>
    </message>
    <message>
        <source>{guest} has cancelled: restore the registration before a new badge.</source>
        <translation>{guest}: участие отменено; перед выдачей нового бейджа восстановите заявку.</translation>
    </message>
    <message>
        <source>{guest} has had {limit} badges already; no further badge version can be issued.</source>
        <translation>{guest}: уже выдано бейджей – {limit}; новую версию бейджа выдать нельзя.</translation>
    </message>
    <message>
        <source>The substitute must be another person than {guest}.</source>
        <translation>Замена должна быть другим человеком, не {guest}.</translation>
    </message>
    <message>
        <source>There is no printer {printer!r}; printers: {known}.</source>
        <translation>Принтера {printer!r} нет; принтеры: {known}.</translation>
    </message>
    <message>
        <source>Printing is not available here ({detail}).</source>
        <translation>Печать здесь недоступна ({detail}).</translation>
    </message>
    <message>
        <source>Table {number} is used in the meeting rounds; take it out of the round plan first.</source>
        <translation>Стол {number} используется в раундах встреч; сначала уберите его из плана раундов.</translation>
    </message>
    <message>
        <source>The pretix server {url} cannot be reached ({detail}); nothing was changed.</source>
        <translation>Сервер pretix {url} недоступен ({detail}); ничего не изменено.</translation>
    </message>
    <message>
        <source>The certificate of {url} is not trusted ({detail}); nothing was changed. Check the address.</source>
        <translation>Сертификату {url} нет доверия ({detail}); ничего не изменено. Проверьте адрес.</translation>
    </message>
    <message>
        <source>pretix at {url} refused the API token; check that it was copied completely.</source>
        <translation>pretix по адресу {url} отклонил API-токен; проверьте, что он скопирован полностью.</translation>
    </message>
    <message>
        <source>The API token's team may not read or check in the orders of {event}: give it 'Orders: View all and check-in' for this event.</source>
        <translation>Команде этого API-токена нельзя читать заказы {event} или отмечать по ним приход: дайте ей право 'Orders: View all and check-in' для этого мероприятия.</translation>
    </message>
    <message>
        <source>pretix at {url} has no event {event} of organizer {organizer} for this token; its events: {events}.</source>
        <translation>В pretix по адресу {url} для этого токена нет мероприятия {event} организатора {organizer}; его мероприятия: {events}.</translation>
    </message>
    <message>
        <source>Event {event} has no check-in list {list}; its lists: {lists}.</source>
        <translation>У мероприятия {event} нет списка регистрации {list}; его списки: {lists}.</translation>
    </message>
    <message>
        <source>Event {event} has several check-in lists; choose one: {lists}.</source>
        <translation>У мероприятия {event} несколько списков регистрации; выберите один: {lists}.</translation>
    </message>
    <message>
        <source>Event {event} has no check-in list yet; create one in pretix first.</source>
        <translation>У мероприятия {event} ещё нет списка регистрации; сначала создайте его в pretix.</translation>
    </message>
    <message>
        <source>Unexpected answer from pretix at {url} ({detail}); nothing was changed.</source>
        <translation>Неожиданный ответ pretix по адресу {url} ({detail}); ничего не изменено.</translation>
    </message>
    <message>
        <source>{url} is not a web address (it should look like https://pretix.eu).</source>
        <translation>{url} — не веб-адрес (он должен выглядеть так: https://pretix.eu).</translation>
    </message>
    <message>
        <source>{path}: this event is not connected to pretix yet.</source>
        <translation>{path}: это мероприятие ещё не подключено к pretix.</translation>
    </message>
    <message>
        <source>The pretix API token of this event is not on this computer; connect again with the token.</source>
        <translation>API-токена pretix для этого мероприятия нет на этом компьютере; подключитесь заново с токеном.</translation>
    </message>
    <message>
        <source>There is no pretix product {product}; products: {known}.</source>
        <translation>Продукта pretix {product} нет; продукты: {known}.</translation>
    </message>
    <message>
        <source>The badge design is not valid: {where} = {value}.</source>
        <translation>Дизайн бейджа некорректен: {where} = {value}.</translation>
    </message>
    <message>
        <source>There is no badge design {name!r}; designs: {known}.</source>
        <translation>Дизайна {name!r} нет; дизайны: {known}.</translation>
    </message>
    <message>
        <source>{name!r} is the built-in badge design; give yours another name.</source>
        <translation>{name!r} — встроенный дизайн; дайте своему другое название.</translation>
    </message>
    <message>
        <source>Badge design {name}: an image is missing ({sha}).</source>
        <translation>Дизайн {name}: не хватает картинки ({sha}).</translation>
    </message>
    <message>
        <source>{name}: the image cannot be read ({detail}).</source>
        <translation>{name}: изображение не читается ({detail}).</translation>
    </message>
    <message>
        <source>{name}: not an image checkin can print; use PNG, JPEG, SVG or PDF.</source>
        <translation>{name}: checkin не может напечатать это изображение; используйте PNG, JPEG, SVG или PDF.</translation>
    </message>
    <message>
        <source>{name}: the image is too large (limit {limit} MB).</source>
        <translation>{name}: изображение слишком большое (не более {limit} МБ).</translation>
    </message>
    <message>
        <source>{path}: not a readable badge design file ({detail}).</source>
        <translation>{path}: не читаемый файл дизайна бейджа ({detail}).</translation>
    </message>
    <message>
        <source>Badge design {name} cannot be printed: {problems}</source>
        <translation>Дизайн {name} нельзя печатать: {problems}</translation>
    </message>
    <message>
        <source>Badge design {name} has no logo place (an image element named "logo").</source>
        <translation>В дизайне {name} нет места для логотипа (картинки с именем "logo").</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Гость</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Докладчик</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Пресса</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <source>Seated at table {table} by hand.</source>
        <translation>Место за столом {table} назначено вручную.</translation>
    </message>
    <message>
        <source>Seat removed by hand.</source>
        <translation>Место убрано вручную.</translation>
    </message>
    <message>
        <source>Table {table} from the imported list.</source>
        <translation>Стол {table} из импортированного списка.</translation>
    </message>
    <message>
        <source>Kept at table {table}: set by hand.</source>
        <translation>Остаётся за столом {table}: назначено вручную.</translation>
    </message>
    <message>
        <source>Table {table} ({theme}) matches the field {industry}.</source>
        <translation>Стол {table} ({theme}) подходит к отрасли «{industry}».</translation>
    </message>
    <message>
        <source>Visitor ({delegation}): table {table} ({theme}) matches {industry}; the delegation is spread over the tables of its fields.</source>
        <translation>Гость ({delegation}): стол {table} ({theme}) подходит к отрасли «{industry}»; делегация распределена по столам своих отраслей.</translation>
    </message>
    <message>
        <source>Sits with colleagues from {organisation} at table {table} ({theme}), which matches {industry}.</source>
        <translation>Сидит с коллегами из {organisation} за столом {table} ({theme}), который подходит к отрасли «{industry}».</translation>
    </message>
    <message>
        <source>Joins colleagues from {organisation} already seated at table {table}.</source>
        <translation>Присоединяется к коллегам из {organisation}, уже сидящим за столом {table}.</translation>
    </message>
    <message>
        <source>Stays at table {table}.</source>
        <translation>Остаётся за столом {table}.</translation>
    </message>
    <message>
        <source>No table of the field had room for all of {organisation}: split, this one at table {table}.</source>
        <translation>Ни за одним столом отрасли не хватило мест для всех из {organisation}: группа разделена, этот гость – за столом {table}.</translation>
    </message>
    <message>
        <source>No field given: free seat at table {table}.</source>
        <translation>Отрасль не указана: свободное место за столом {table}.</translation>
    </message>
    <message>
        <source>No table has the theme {industry}: free seat at table {table}.</source>
        <translation>Нет стола с темой «{industry}»: свободное место за столом {table}.</translation>
    </message>
    <message>
        <source>The tables for {industry} are full: free seat at table {table}.</source>
        <translation>Столы отрасли «{industry}» заняты: свободное место за столом {table}.</translation>
    </message>
    <message>
        <source>No free seat left at any table.</source>
        <translation>Свободных мест не осталось ни за одним столом.</translation>
    </message>
    <message>
        <source>The tables for {industry} are full.</source>
        <translation>Столы отрасли «{industry}» заняты.</translation>
    </message>
    <message>
        <source>No table has the theme {industry}.</source>
        <translation>Нет стола с темой «{industry}».</translation>
    </message>
    <message>
        <source>The event has no tables yet.</source>
        <translation>У мероприятия ещё нет столов.</translation>
    </message>
    <message>
        <source>Category {category} is not seated automatically.</source>
        <translation>Категория «{category}» не рассаживается автоматически.</translation>
    </message>
    <message>
        <source>Syncthing is needed for several desks. Linux: install the package 'syncthing' (sudo apt install syncthing). Windows and macOS: download Syncthing from https://syncthing.net/downloads/ and put syncthing(.exe) next to checkin or set CHECKIN_SYNCTHING to its path.</source>
        <translation>Для нескольких стоек нужен Syncthing. Linux: установите пакет «syncthing» (sudo apt install syncthing). Windows и macOS: скачайте Syncthing с https://syncthing.net/downloads/ и положите syncthing(.exe) рядом с checkin или укажите путь к нему в CHECKIN_SYNCTHING.</translation>
    </message>
    <message>
        <source>A6 single badge (105 × 148 mm), one per page</source>
        <translation>Одиночный бейдж A6 (105 × 148 мм), один на странице</translation>
    </message>
    <message>
        <source>4 × A6 badges on A4, for cutting</source>
        <translation>4 бейджа A6 на листе A4, для разрезания</translation>
    </message>
    <message>
        <source>8 badge inserts 90 × 54 mm on A4 (perforated badge sheets)</source>
        <translation>8 вкладышей 90 × 54 мм на A4 (перфорированные листы)</translation>
    </message>
    <message>
        <source>8 badges 90 × 54 mm on plain A4 with gaps and crop marks</source>
        <translation>8 бейджей 90 × 54 мм на обычном A4 с отступами и метками обреза</translation>
    </message>
    <message>
        <source>CR80 plastic card (85.6 × 54 mm), one per page</source>
        <translation>Пластиковая карта CR80 (85,6 × 54 мм), одна на странице</translation>
    </message>
    <message>
        <source>62 mm continuous label (Brother QL), 62 × 100 mm, one per page</source>
        <translation>Непрерывная лента 62 мм (Brother QL), 62 × 100 мм, одна этикетка на странице</translation>
    </message>
    <message>
        <source>US badge 4 × 3 inch (101.6 × 76.2 mm), one per page</source>
        <translation>Американский бейдж 4 × 3 дюйма (101,6 × 76,2 мм), один на странице</translation>
    </message>
    <message>
        <source>2 fold-over A6 badges on A4: front below, programme on the back above, fold in the middle</source>
        <translation>2 складных бейджа A6 на A4: внизу лицевая сторона, вверху программа на обороте, сложить посередине</translation>
    </message>
    <message>
        <source>4 × A6 on A4, double-sided: programme and table on the back (print long-edge duplex)</source>
        <translation>4 × A6 на A4, двусторонние: программа и стол на обороте (дуплекс по длинному краю)</translation>
    </message>
    <message>
        <source>8 badges 90 × 54 mm on A4, double-sided: table on the back (long-edge duplex)</source>
        <translation>8 бейджей 90 × 54 мм на A4, двусторонние: стол на обороте (дуплекс по длинному краю)</translation>
    </message>
    <message>
        <source>{guest}: {element} shrinks to {size} pt (below 7 pt)</source>
        <translation>{guest}: {element} уменьшается до {size} pt (меньше 7 pt)</translation>
    </message>
    <message>
        <source>{guest}: {element} is cut short: {shown}</source>
        <translation>{guest}: {element} обрезано: {shown}</translation>
    </message>
    <message>
        <source>{guest}: {element} runs out of its place</source>
        <translation>{guest}: {element} выходит за своё место</translation>
    </message>
    <message>
        <source>{element}: the image has not reached this desk yet</source>
        <translation>{element}: картинка ещё не дошла до этой стойки</translation>
    </message>
    <message>
        <source>{element}: the QR code's modules are {size} mm; at least 0.5 mm scan reliably</source>
        <translation>{element}: модули QR-кода {size} мм; надёжно считываются от 0,5 мм</translation>
    </message>
    <message>
        <source>{element} lies on the QR code or its quiet zone (4 modules of white all round)</source>
        <translation>{element} заходит на QR-код или его свободную зону (4 модуля белого вокруг)</translation>
    </message>
    <message>
        <source>the front has no QR code</source>
        <translation>на лицевой стороне нет QR-кода</translation>
    </message>
    <message>
        <source>the line is damaged and cannot be read</source>
        <translation>строка повреждена и не читается</translation>
    </message>
    <message>
        <source>the line is longer than {limit} bytes</source>
        <translation>строка длиннее {limit} байт</translation>
    </message>
    <message>
        <source>it claims to come from another desk than the journal it is in ({detail})</source>
        <translation>она выдаёт себя за запись другой стойки, чем журнал, в котором находится ({detail})</translation>
    </message>
    <message>
        <source>unknown kind of record ({detail})</source>
        <translation>неизвестный вид записи ({detail})</translation>
    </message>
    <message>
        <source>a required part is missing ({detail})</source>
        <translation>отсутствует обязательная часть ({detail})</translation>
    </message>
    <message>
        <source>it sets something another desk may not change ({detail})</source>
        <translation>она задаёт то, что другая стойка менять не может ({detail})</translation>
    </message>
    <message>
        <source>a value has the wrong type or is out of range ({detail})</source>
        <translation>значение неверного типа или вне допустимого диапазона ({detail})</translation>
    </message>
    <message>
        <source>a time is not a time, or is too far from this desk's clock ({detail})</source>
        <translation>время указано неверно или слишком далеко от часов этой стойки ({detail})</translation>
    </message>
    <message>
        <source>its badge code belongs to another guest at this desk ({detail})</source>
        <translation>её код бейджа на этой стойке принадлежит другому гостю ({detail})</translation>
    </message>
    <message>
        <source>it refers to a record that was refused ({detail})</source>
        <translation>она ссылается на отклонённую запись ({detail})</translation>
    </message>
    <message>
        <source>it could not be applied ({detail})</source>
        <translation>её не удалось применить ({detail})</translation>
    </message>
</context>
<context>
    <name>designer</name>
    <message>
        <source>&amp;Design badges…</source>
        <translation>&amp;Дизайн бейджей…</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Name in the other script (Latin line)</source>
        <translation>Имя другим алфавитом (латинская строка)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Category (guest's language)</source>
        <translation>Категория (на языке гостя)</translation>
    </message>
    <message>
        <source>Table (guest's language)</source>
        <translation>Стол (на языке гостя)</translation>
    </message>
    <message>
        <source>Table theme</source>
        <translation>Тема стола</translation>
    </message>
    <message>
        <source>Table and theme</source>
        <translation>Стол и тема</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Название мероприятия</translation>
    </message>
    <message>
        <source>Event dates</source>
        <translation>Даты мероприятия</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Fixed text</source>
        <translation>Постоянный текст</translation>
    </message>
    <message>
        <source>Column: %1</source>
        <translation>Столбец: %1</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Картинка</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-код</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Фигура</translation>
    </message>
    <message>
        <source>Background artwork</source>
        <translation>Фоновое изображение</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Прямоугольник</translation>
    </message>
    <message>
        <source>Rounded rectangle</source>
        <translation>Скруглённый прямоугольник</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Эллипс</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Линия</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Слева</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>По центру</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Справа</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Сверху</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>Посередине</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Снизу</translation>
    </message>
    <message>
        <source>Whole image</source>
        <translation>Картинка целиком</translation>
    </message>
    <message>
        <source>Fill the place</source>
        <translation>Заполнить место</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Растянуть</translation>
    </message>
    <message>
        <source>Sans</source>
        <translation>Без засечек</translation>
    </message>
    <message>
        <source>Sans condensed</source>
        <translation>Без засечек, узкий</translation>
    </message>
</context>
<context>
    <name>desks</name>
    <message>
        <source>&amp;Desks panel…</source>
        <translation>Панель &amp;стоек…</translation>
    </message>
    <message>
        <source>&amp;Join an event from another desk…</source>
        <translation>Подкл&amp;ючиться к мероприятию другой стойки…</translation>
    </message>
</context>
<context>
    <name>feature_badges</name>
    <message>
        <source>&amp;Print badges…</source>
        <translation>&amp;Печать бейджей…</translation>
    </message>
</context>
<context>
    <name>feature_programme</name>
    <message>
        <source>Pro&amp;gramme items…</source>
        <translation>Пункты про&amp;граммы…</translation>
    </message>
</context>
<context>
    <name>feature_reports</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Статистика…</translation>
    </message>
</context>
<context>
    <name>feature_seating</name>
    <message>
        <source>&amp;Seating…</source>
        <translation>&amp;Рассадка…</translation>
    </message>
    <message>
        <source>&amp;Edit tables…</source>
        <translation>&amp;Изменить столы…</translation>
    </message>
    <message>
        <source>&amp;Floor plan</source>
        <translation>&amp;План зала</translation>
    </message>
    <message>
        <source>Floor plan for &amp;guests (shows the way)</source>
        <translation>План зала для &amp;гостей (показывает путь)</translation>
    </message>
    <message>
        <source>Print &amp;lists for table hosts</source>
        <translation>Печать &amp;списков для ведущих столов</translation>
    </message>
    <message>
        <source>Print seating &amp;overview for the door</source>
        <translation>Печать &amp;обзора рассадки для входа</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>План зала</translation>
    </message>
    <message>
        <source>Floor plan for guests</source>
        <translation>План зала для гостей</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Записано: %1</translation>
    </message>
    <message>
        <source>The list could not be written: %1</source>
        <translation>Не удалось записать список: %1</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>Import guest list</source>
        <translation>Импорт списка гостей</translation>
    </message>
    <message>
        <source>Guest lists (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls);;All files (*)</source>
        <translation>Списки гостей (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>Чтение %1 …</translation>
    </message>
    <message>
        <source>&amp;Import guest list…</source>
        <translation>&amp;Импорт списка гостей…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>not paid yet: %1</source>
        <translation>ещё не оплачено: %1</translation>
    </message>
    <message>
        <source>“%1”: not understood</source>
        <translation>«%1»: непонятно</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Full name (split)</source>
        <translation>Полное имя (будет разделено)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Стол</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Внешний ID</translation>
    </message>
    <message>
        <source>Ticket barcode</source>
        <translation>Штрихкод билета</translation>
    </message>
    <message>
        <source>Order code</source>
        <translation>Номер заказа</translation>
    </message>
    <message>
        <source>Order position</source>
        <translation>Позиция заказа</translation>
    </message>
    <message>
        <source>Ticket status</source>
        <translation>Статус билета</translation>
    </message>
    <message>
        <source>Paid (yes/no)</source>
        <translation>Оплачено (да/нет)</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Языки общения</translation>
    </message>
    <message>
        <source>Consent to share contact details</source>
        <translation>Согласие на передачу контактных данных</translation>
    </message>
    <message>
        <source>Meeting point (fixed table)</source>
        <translation>Место встречи (постоянный стол)</translation>
    </message>
    <message>
        <source>Keep as extra field</source>
        <translation>Сохранить как доп. поле</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Не импортировать</translation>
    </message>
    <message>
        <source>pretix (order data: order positions, one row per ticket)</source>
        <translation>pretix (данные заказов: позиции заказов, строка на билет)</translation>
    </message>
    <message>
        <source>pretix (check-in list)</source>
        <translation>pretix (список регистрации)</translation>
    </message>
    <message>
        <source>pretix (order data: orders, one row per order – not per attendee)</source>
        <translation>pretix (данные заказов: заказы, строка на заказ, а не на участника)</translation>
    </message>
    <message>
        <source>Indico (registrations)</source>
        <translation>Indico (заявки)</translation>
    </message>
    <message>
        <source>Hi.Events (attendees)</source>
        <translation>Hi.Events (участники)</translation>
    </message>
    <message>
        <source>alf.io (tickets)</source>
        <translation>alf.io (билеты)</translation>
    </message>
    <message>
        <source>Eventbrite (attendee report)</source>
        <translation>Eventbrite (отчёт об участниках)</translation>
    </message>
    <message>
        <source>Google Forms (responses)</source>
        <translation>Google Формы (ответы)</translation>
    </message>
    <message>
        <source>row %1: a quote mark (") opens a cell that never closes; the row was read without quote handling</source>
        <translation>строка %1: кавычка (") открывает ячейку, которая не закрывается; строка прочитана без учёта кавычек</translation>
    </message>
    <message>
        <source>control characters removed in %1 row(s) (first: %2)</source>
        <translation>управляющие символы удалены в строках: %1 (первая: %2)</translation>
    </message>
    <message>
        <source>%1 line(s) were not UTF-8 and were read as %2 (first: %3)</source>
        <translation>строк не в UTF-8: %1, прочитаны как %2 (первая: %3)</translation>
    </message>
    <message>
        <source>this sheet has one row per order, not per attendee: export the order positions (pretix: 'Order positions') to import every attendee</source>
        <translation>на этом листе строка на заказ, а не на участника: выгрузите позиции заказов (pretix: «Order positions»), чтобы импортировать всех участников</translation>
    </message>
    <message>
        <source>Looks like an export of %1.</source>
        <translation>Похоже на выгрузку из %1.</translation>
    </message>
    <message>
        <source>Sheet read: “%1”.</source>
        <translation>Прочитан лист: «%1».</translation>
    </message>
    <message>
        <source>Other sheets: %1.</source>
        <translation>Другие листы: %1.</translation>
    </message>
    <message>
        <source>Would add %1, update %2, leave %3 unchanged; %4 skipped.</source>
        <translation>Будет добавлено: %1; обновлено: %2; без изменений: %3; пропущено: %4.</translation>
    </message>
    <message>
        <source>Added %1, updated %2, %3 unchanged; %4 skipped.</source>
        <translation>Добавлено: %1; обновлено: %2; без изменений: %3; пропущено: %4.</translation>
    </message>
    <message>
        <source>Nothing has been written yet.</source>
        <translation>Пока ничего не записано.</translation>
    </message>
    <message>
        <source>no given or family name</source>
        <translation>нет ни имени, ни фамилии</translation>
    </message>
    <message>
        <source>same guest as row %1</source>
        <translation>тот же гость, что в строке %1</translation>
    </message>
    <message>
        <source>matches the same guest as row %1</source>
        <translation>совпадает с тем же гостем, что строка %1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… и ещё %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>Noticed while reading</source>
        <translation>Замечено при чтении</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Not attending (cancelled, withdrawn, rejected …): stored as cancelled</source>
        <translation>Не участвуют (отменено, отозвано, отклонено …): сохранены как отменённые</translation>
    </message>
    <message>
        <source>Not paid or not approved yet: imported, please check at the desk</source>
        <translation>Ещё не оплачено или не подтверждено: импортировано, проверьте на стойке</translation>
    </message>
    <message>
        <source>Status not understood: imported as attending</source>
        <translation>Статус непонятен: импортированы как участники</translation>
    </message>
    <message>
        <source>as row %1; code %2 kept</source>
        <translation>как строка %1; код %2 сохранён</translation>
    </message>
    <message>
        <source>as row %1; code %2 withdrawn (cancelled)</source>
        <translation>как строка %1; код %2 отозван (отменён)</translation>
    </message>
    <message>
        <source>as row %1</source>
        <translation>как строка %1</translation>
    </message>
    <message>
        <source>Further tickets of one person (same name and email): one guest</source>
        <translation>Другие билеты того же человека (то же имя и e-mail): один гость</translation>
    </message>
    <message>
        <source>Codes that already check in another guest (not added)</source>
        <translation>Коды, которые уже отмечают приход другого гостя (не добавлены)</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>(table)</source>
        <translation>(стол)</translation>
    </message>
    <message>
        <source>Possibly already in the event (added anyway: please check)</source>
        <translation>Возможно, уже есть в мероприятии (всё равно добавлены: проверьте)</translation>
    </message>
    <message>
        <source>Invalid email addresses</source>
        <translation>Неверные адреса e-mail</translation>
    </message>
    <message>
        <source>Unknown tables (imported without a seat)</source>
        <translation>Неизвестные столы (импортировано без места)</translation>
    </message>
    <message>
        <source>Seats set by hand kept</source>
        <translation>Места, назначенные вручную, сохранены</translation>
    </message>
    <message>
        <source>Neither yes nor no (consent or meeting point left as it was)</source>
        <translation>Ни «да», ни «нет» (согласие или место встречи не изменены)</translation>
    </message>
    <message>
        <source>Every guest of this list</source>
        <translation>Все гости этого списка</translation>
    </message>
    <message>
        <source>as in the list</source>
        <translation>как в списке</translation>
    </message>
    <message>
        <source>none – or the delegation's name, e.g. Omsk</source>
        <translation>нет – или название делегации, например Омск</translation>
    </message>
    <message>
        <source>Create the tables the list names that the event does not have</source>
        <translation>Создать столы, которые названы в списке, но которых ещё нет</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>&amp;Делегация:</translation>
    </message>
    <message>
        <source>The names are written in Cyrillic: %1 is preselected as their language.</source>
        <translation>Имена написаны кириллицей: их язык выбран заранее – %1.</translation>
    </message>
    <message>
        <source>Create the tables %1 (%2 guests name them)</source>
        <translation>Создать столы %1 (их называют гостей: %2)</translation>
    </message>
    <message>
        <source>Delegation: %1 (every guest of the list).</source>
        <translation>Делегация: %1 (все гости списка).</translation>
    </message>
    <message>
        <source>Tables to create: %1.</source>
        <translation>Будут созданы столы: %1.</translation>
    </message>
    <message>
        <source>Tables created: %1.</source>
        <translation>Созданы столы: %1.</translation>
    </message>
    <message>
        <source>%1 guests name tables the event does not have: %2. They are imported without a seat unless you let the import create these tables.</source>
        <translation>Гостей, у которых указаны несуществующие столы: %1 (%2). Они будут импортированы без места, если не разрешить импорту создать эти столы.</translation>
    </message>
</context>
<context>
    <name>pretix</name>
    <message>
        <source>The last push in the background failed: %1</source>
        <translation>Последняя фоновая передача не удалась: %1</translation>
    </message>
    <message>
        <source>pretix – check-ins pushed: %1.</source>
        <translation>pretix – передано отметок: %1.</translation>
    </message>
    <message>
        <source>pre&amp;tix…</source>
        <translation>pre&amp;tix…</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Badge %1 not printed (%2): Badges ▸ Print queue, R for another printer.</source>
        <translation>Бейдж %1 не напечатан (%2): Бейджи ▸ Очередь печати, R – другой принтер.</translation>
    </message>
    <message>
        <source>Only %1 labels left on %2 – put in a new roll soon.</source>
        <translation>В принтере %2 осталось этикеток: %1 – скоро вставьте новый рулон.</translation>
    </message>
    <message>
        <source>Print &amp;queue…</source>
        <translation>&amp;Очередь печати…</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>Damaged event file</source>
        <translation>Файл мероприятия повреждён</translation>
    </message>
    <message>
        <source>The event file is damaged and cannot be opened safely.</source>
        <translation>Файл мероприятия повреждён, его нельзя безопасно открыть.</translation>
    </message>
    <message>
        <source>The last good backup is from %1:
%2

Restore it? The damaged file is kept beside it (renamed), nothing is deleted. Check-ins made after that backup are not in it.</source>
        <translation>Последняя исправная резервная копия от %1:
%2

Восстановить её? Повреждённый файл останется рядом (под другим именем), ничего не удаляется. Отметок прихода, сделанных после этой копии, в ней нет.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Восстановить копию</translation>
    </message>
</context>
<context>
    <name>reissue_dialog</name>
    <message>
        <source>&amp;Print the new badge now</source>
        <translation>Сразу &amp;напечатать новый бейдж</translation>
    </message>
    <message>
        <source>The current badge of %1 stops working at once.</source>
        <translation>Текущий бейдж гостя %1 сразу перестанет действовать.</translation>
    </message>
</context>
<context>
    <name>rounds</name>
    <message>
        <source>Meeting &amp;rounds…</source>
        <translation>Раунды &amp;встреч…</translation>
    </message>
    <message>
        <source>&amp;Delegation…</source>
        <translation>&amp;Делегация…</translation>
    </message>
</context>
<context>
    <name>start</name>
    <message>
        <source>Open event</source>
        <translation>Открыть мероприятие</translation>
    </message>
    <message>
        <source>Event files (*.checkin);;All files (*)</source>
        <translation>Файлы мероприятий (*.checkin);;Все файлы (*)</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Новое мероприятие…</translation>
    </message>
    <message>
        <source>&amp;Open event…</source>
        <translation>&amp;Открыть мероприятие…</translation>
    </message>
    <message>
        <source>&amp;Demo event (to try things out)</source>
        <translation>&amp;Демо-мероприятие (попробовать)</translation>
    </message>
    <message>
        <source>&amp;Recent events</source>
        <translation>Н&amp;едавние мероприятия</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(пока нет)</translation>
    </message>
</context>
</TS>
