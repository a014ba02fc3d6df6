package article

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLanguage(t *testing.T) {
	cases := []struct{ want, text string }{
		{"en", "The foreign minister of Norway met his counterpart from Chile in Oslo on Tuesday to discuss fisheries, and the two agreed that talks would resume in the spring after a visit by the trade delegation."},
		{"en", "Prime Minister Jean-Luc Moreau of Belgique and President Luiz Inácio da Silva held talks with Olaf Schröder, Sergeï Lavrenko and Nguyễn Văn An in Genève about the accord of the Comité de Sécurité."},
		{"fr", "Le ministre des affaires étrangères a rencontré son homologue chilien mardi à Oslo pour discuter de la pêche, et les deux ont convenu que les discussions reprendraient au printemps après une visite."},
		{"de", "Der Außenminister hat am Dienstag in Oslo seinen chilenischen Amtskollegen getroffen, um über die Fischerei zu sprechen, und beide sind sich einig, dass die Gespräche im Frühjahr wieder aufgenommen werden."},
		{"es", "El ministro de Asuntos Exteriores se reunió el martes en Oslo con su homólogo chileno para hablar de la pesca, y ambos acordaron que las conversaciones se reanudarán en la primavera tras una visita."},
		{"it", "Il ministro degli Esteri ha incontrato martedì a Oslo il suo omologo cileno per discutere della pesca, e i due hanno concordato che i colloqui riprenderanno in primavera dopo una visita della delegazione."},
		{"pt", "O ministro dos Negócios Estrangeiros encontrou-se na terça-feira em Oslo com o seu homólogo chileno para discutir a pesca, e os dois acordaram que as conversações serão retomadas na primavera."},
		{"ru", "Министр иностранных дел во вторник встретился в Осло со своим чилийским коллегой, чтобы обсудить рыболовство, и стороны договорились возобновить переговоры весной после визита торговой делегации."},
		{"uk", "Міністр закордонних справ у вівторок зустрівся в Осло зі своїм чилійським колегою, щоб обговорити рибальство, і сторони домовилися відновити переговори навесні після візиту делегації."},
		{"zh", "外交部长周二在奥斯陆会见了智利外长，讨论渔业问题，双方同意在贸易代表团访问后于春季恢复谈判。"},
		{"ar", "التقى وزير الخارجية يوم الثلاثاء في أوسلو نظيره التشيلي لمناقشة مصايد الأسماك، واتفق الجانبان على استئناف المحادثات في الربيع بعد زيارة الوفد التجاري."},
		{"", "Talks in Oslo."},
		{"en", "Минск: President Lukashenko met President Putin in Sochi on Friday, the Kremlin said, and the two leaders discussed gas prices, the union state and the situation at the border with Poland."},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, Language(c.text), "%.60s", c.text)
	}
	long := strings.Repeat("The president met the envoy in the capital. ", 500)
	assert.Equal(t, "en", Language(long), "only the first kilobytes are read")
}

// Short English news of meetings uses words other languages list as
// theirs ("met" and "in" are Dutch function words): English pronouns
// count for English, so such a text stays English, while a Dutch one of
// the same length is still told apart.
func TestShortEnglishOfMeetings(t *testing.T) {
	for _, text := range []string{
		"WASHINGTON, December 10 (Reuters) - In Lima, Chilean President Pedro Salas met Peruvian President Tomas Reyes; in La Paz, he met Bolivian President Luis Arce.",
		"In Lima, Pedro Salas met Tomas Reyes on Monday, and in La Paz he met Luis Arce; in Quito they met Rosa Vega.",
	} {
		assert.Equal(t, "en", Language(text), text)
	}
	assert.Equal(t, "nl", Language("De minister van Buitenlandse Zaken had dinsdag in Oslo een ontmoeting met zijn Chileense collega om over de visserij te praten, en beiden zijn het eens dat de gesprekken in het voorjaar worden hervat."))
}

// Arabic names hyphen "al" and "el" to a capital ("al-Sisi", "Al-Sabah"):
// no Spanish article, so a short item full of them stays English, while
// Spanish text that uses "al" and "el" as words is still told apart.
func TestNameParticlesAreNotFunctionWords(t *testing.T) {
	for _, text := range []string{
		"KUWAIT CITY, December 10 (KUNA) - Kuwaiti Amir Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah received Egyptian President Abdel Fattah al-Sisi on Monday.",
		"CAIRO, March 6 (MENA) - President Abdel Fattah El-Sisi received Sheikh Abdullah Al-Ahmad Al-Jaber Al-Sabah and Mohamed El-Erian at Al-Ittihadiya Palace on Monday.",
	} {
		assert.Equal(t, "en", Language(text), text)
	}
	assert.Equal(t, "es", Language("El presidente viajó al norte del país el lunes y se reunió con el gobernador, que le pidió al gobierno más fondos para el puerto y la carretera de la costa."))
}
